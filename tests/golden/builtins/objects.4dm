// Object commands: enumeration in definition order, definedness, deep copy, OB SET/REMOVE/Get
var $o; $c : Object
$o:=New object("b"; 2; "a"; 1)
$o.z:=New object("deep"; True)
ALERT(JSON Stringify(OB Keys($o)))
ALERT(JSON Stringify(OB Values($o)))
ALERT(JSON Stringify(OB Entries($o)))
ALERT(String(OB Is defined($o; "a")))
ALERT(String(OB Is defined($o; "A")))
ALERT(String(OB Is empty(New object())))
$c:=OB Copy($o)
$c.z.deep:=False
ALERT(String($o.z.deep))
OB SET($o; "n"; 3)
OB REMOVE($o; "b")
ALERT(JSON Stringify($o))
ALERT(String(OB Get($o; "a")))
ALERT(String(OB Get($o; "a"; Is text)))
