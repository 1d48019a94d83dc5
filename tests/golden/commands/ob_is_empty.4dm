// OB Is empty: True for an undefined object or one without properties.
var $o : Object
ALERT("declared, never assigned: "+String(OB Is empty($o)))
$o:=New object
ALERT("new object: "+String(OB Is empty($o)))
$o.a:=Null
ALERT("one null property: "+String(OB Is empty($o)))
OB REMOVE($o; "a")
ALERT("after removing it: "+String(OB Is empty($o)))
ALERT("literal {}: "+String(OB Is empty({})))
ALERT("nested empty object inside: "+String(OB Is empty(New object("x"; New object))))
ALERT("the nested one: "+String(OB Is empty(New object("x"; New object).x)))
ALERT("parsed {}: "+String(OB Is empty(JSON Parse("{}"))))
// an object variable set to Null
$o:=Null
ALERT("Null: "+String(OB Is empty($o)))
