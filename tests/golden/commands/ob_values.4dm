// OB Values: the first-level values, in definition order, as a collection.
var $o : Object
$o:=New object("n"; 1; "t"; "two"; "b"; False; "z"; Null; "c"; New collection(3; 4); "o"; New object("k"; "v"))
ALERT("values: "+JSON Stringify(OB Values($o)))
ALERT("empty object: "+JSON Stringify(OB Values(New object)))
// object and collection values are references to the same instances
var $values : Collection
$values:=OB Values($o)
$values[5].k:="changed through the values"
$values[4].push(5)
ALERT("object after changes: "+JSON Stringify($o))
// scalar values are copies
$values[0]:=100
ALERT("n is still: "+String($o.n))
// a date and a time in the object
$o:=New object("d"; !2023-12-25!; "t"; ?00:00:02?)
$values:=OB Values($o)
ALERT("date value type: "+String(Value type($values[0]))+", time value: "+String($values[1]))
// a collection is not an object
ALERT(JSON Stringify(OB Values(New collection(1; 2))))
ALERT("not reached")
