// OB Is defined: without a property, whether the object is initialised; with one, whether
// the property exists (case-sensitive), whatever its value.
var $o : Object
ALERT("declared, never assigned: "+String(OB Is defined($o)))
$o:=New object
ALERT("new empty object: "+String(OB Is defined($o)))
$o.name:="x"
$o.nothing:=Null
$o.zero:=0
$o.empty:=""
ALERT("name: "+String(OB Is defined($o; "name")))
ALERT("Name (other case): "+String(OB Is defined($o; "Name")))
ALERT("null value: "+String(OB Is defined($o; "nothing")))
ALERT("0 value: "+String(OB Is defined($o; "zero")))
ALERT("empty text value: "+String(OB Is defined($o; "empty")))
ALERT("missing: "+String(OB Is defined($o; "missing")))
// only first-level names: a path is not followed
$o.sub:=New object("leaf"; 1)
ALERT("sub.leaf as a name: "+String(OB Is defined($o; "sub.leaf")))
ALERT("leaf of sub: "+String(OB Is defined($o.sub; "leaf")))
// removed properties are no longer defined; an emptied object is still defined
OB REMOVE($o; "name")
ALERT("after OB REMOVE: "+String(OB Is defined($o; "name")))
ALERT("object still defined: "+String(OB Is defined($o)))
// an undefined object has no property
var $none : Object
ALERT("property of an undefined object: "+String(OB Is defined($none; "name")))
