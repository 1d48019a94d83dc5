// .countValues(value {; propertyPath}): occurrences with the = operator, types must match
var $c; $inner : Collection
$inner:=["z"]
var $o : Object
$o:={k: 1}
$c:=[1; 2; 2; "2"; "Two"; "two"; True; $o; {k: 1}; $inner; !2024-02-01!; 2.0]
ALERT("number 2: "+String($c.countValues(2)))
ALERT("text \"2\": "+String($c.countValues("2")))
ALERT("text is case-insensitive: "+String($c.countValues("TWO")))
ALERT("wildcard: "+String($c.countValues("t@")))
ALERT("boolean: "+String($c.countValues(True)))
ALERT("object by reference: "+String($c.countValues($o)))
ALERT("equal-looking object: "+String($c.countValues({k: 1})))
ALERT("collection by reference: "+String($c.countValues($inner)))
ALERT("date: "+String($c.countValues(!2024-02-01!)))
ALERT("absent: "+String($c.countValues(99)))
var $people : Collection
$people:=[{name: "Ann"; age: 5}; {name: "Bob"; age: 7}; {name: "Cid"; age: 5}; {name: "Dan"}]
ALERT("path: "+String($people.countValues(5; "age")))
ALERT("path absent: "+String($people.countValues(5; "size")))
Try
	$people.countValues(5; 1)
Catch
	ALERT("numeric path: "+_err)
End try
$people.countValues(5; {})
ALERT("not reached")
