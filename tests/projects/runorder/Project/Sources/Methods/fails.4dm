ALERT("before the error")
var $o : Object
$o:=Null
$o.x.y:=1
ALERT("never printed")
