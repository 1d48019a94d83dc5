// CLEAR VARIABLE: the variable gets its type's empty value.
var $t : Text
var $n : Integer
var $r : Real
var $b : Boolean
var $d : Date
var $o : Object
var $c : Collection
var $v : Variant
$t:="abc"
$n:=12
$r:=1.5
$b:=True
$d:=!2020-05-06!
$o:=New object("a"; 1)
$c:=New collection(1)
$v:="x"
CLEAR VARIABLE($t)
CLEAR VARIABLE($n)
CLEAR VARIABLE($r)
CLEAR VARIABLE($b)
CLEAR VARIABLE($d)
CLEAR VARIABLE($o)
CLEAR VARIABLE($c)
CLEAR VARIABLE($v)
ALERT("["+$t+"] "+String($n)+" "+String($r)+" "+String($b)+" "+String($d=!00-00-00!))
ALERT(String($o=Null)+" "+String($c=Null)+" "+String(Undefined($v)))
ARRAY TEXT($a; 3)
CLEAR VARIABLE($a)
ALERT(String(Size of array($a))+" "+String(Type($a)=Text array))
C_LONGINT(gErr)
gErr:=5
CLEAR VARIABLE(gErr)
ALERT(String(gErr))
var $p : Pointer
$n:=7
$p:=->$n
CLEAR VARIABLE($p->)
ALERT(String($n))
