// OB Entries: a collection of {key; value} objects, in definition order.
var $o : Object
$o:=New object("first"; "Ada"; "year"; 1815; "tags"; New collection("math"); "none"; Null)
var $entries : Collection
$entries:=OB Entries($o)
ALERT("entries: "+JSON Stringify($entries))
ALERT("count: "+String($entries.length)+", keys of an entry: "+JSON Stringify(OB Keys($entries[0])))
// the entries can be queried and mapped like any collection
ALERT("numbers: "+JSON Stringify($entries.query("value = :1"; 1815).extract("key")))
ALERT("empty object: "+JSON Stringify(OB Entries(New object)))
// a nested object value is the same instance
$entries[2].value.push("poetry")
ALERT("tags after push: "+JSON Stringify($o.tags))
// rebuilding an object from its entries
var $copy : Object
var $e : Object
$copy:=New object
For each ($e; $entries)
	$copy[$e.key]:=$e.value
End for each
ALERT("rebuilt: "+JSON Stringify($copy))
// a number is not an object
ALERT(JSON Stringify(OB Entries(12)))
ALERT("not reached")
