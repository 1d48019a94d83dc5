// .count({propertyPath}): non-null elements, or elements having the path
var $c : Collection
$c:=[5; Null; "x"; False; {}; []; Null]
ALERT("non-null elements: "+String($c.count()))
ALERT("empty: "+String([].count()))
var $staff : Collection
$staff:=[{name: "Ann"; age: 30}; {name: "Bob"}; {age: 41}; "text"; {name: "Cid"; age: 22}]
ALERT("having age: "+String($staff.count("age")))
ALERT("having name: "+String($staff.count("name")))
ALERT("nested path: "+String([{a: {b: 1}}; {a: {}}; {a: {b: 0}}].count("a.b")))
ALERT("path nobody has: "+String($staff.count("zip")))
Try
	$staff.count(5)
Catch
	ALERT("numeric path: "+_err)
End try
$staff.count([])
ALERT("not reached")
