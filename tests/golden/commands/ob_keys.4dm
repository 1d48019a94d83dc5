// OB Keys: the first-level property names, in definition order, as a collection of texts.
var $o : Object
$o:=New object
$o.zeta:=1
$o.alpha:=New object("inner"; 2)
$o.Mid:=Null
ALERT("names: "+JSON Stringify(OB Keys($o)))
// nested names are not listed; a removed property disappears, a re-added one goes last
OB REMOVE($o; "zeta")
$o.zeta:=3
ALERT("after remove and re-add: "+JSON Stringify(OB Keys($o)))
// assigning an existing property keeps its place
$o.alpha:="changed"
ALERT("after reassigning alpha: "+JSON Stringify(OB Keys($o)))
// an empty object gives an empty collection
ALERT("empty object: "+JSON Stringify(OB Keys(New object)))
// the result is a new collection, not linked to the object
var $keys : Collection
$keys:=OB Keys($o)
$o.extra:=True
ALERT("collection taken before extra: "+String($keys.length)+", object now: "+String(OB Keys($o).length))
ALERT("element type: "+String(Value type($keys[0])))
// keys of an object literal and of a parsed object
ALERT("literal: "+JSON Stringify(OB Keys({b: 1; a: 2})))
ALERT("parsed: "+JSON Stringify(OB Keys(JSON Parse("{\"y\":1,\"x\":{\"w\":0}}"))))
// the argument must be an object
ALERT(JSON Stringify(OB Keys("zeta")))
ALERT("not reached")
