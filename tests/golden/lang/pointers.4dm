// Pointers to locals, dereference, assignment through a pointer, Nil pointers.
var $x : Integer
var $p : Pointer
$x:=5
$p:=->$x
$p->:=$p->+1
ALERT(String($x))
_increment(->$x)
ALERT(String($x))
var $q : Pointer
ALERT(String($q=Null))
ALERT(String($p=(->$x)))
