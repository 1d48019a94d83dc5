// OB SET on an undefined or null Object variable creates the object in that variable.
var $o : Object
ALERT(String($o=Null))
OB SET($o; "name"; "ann"; "age"; 42)
ALERT(JSON Stringify($o))
// An existing object is modified in place, so every reference sees the change.
var $alias : Object
$alias:=$o
OB SET($o; "age"; 43)
ALERT(String($alias.age))
// Through a pointer, and on a variable set to Null.
var $p : Pointer
var $q : Object
$q:=Null
$p:=->$q
OB SET($p->; "x"; 1)
ALERT(JSON Stringify($q))
// In a method: a local declared in the method.
ALERT(JSON Stringify(_ob_set_make("k"; True)))
// An expression that is not a variable still needs an object.
var $holder : Object
$holder:={}
Try
	OB SET($holder.missing; "a"; 1)
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
Try
	OB SET($o; 12; 1)
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
