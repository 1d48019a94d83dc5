// .orderBy() / (pathStrings) / (pathObjects) / (ck ascending|ck descending)
var $c; $r : Collection
$c:=[3; "b"; !2024-01-01!; 1; Null; False; "A"; True; 2]
$r:=$c.orderBy()
ALERT("no argument: "+JSON Stringify($r))
ALERT("new collection, receiver unchanged: "+String($r#$c)+" "+JSON Stringify($c))
ALERT("ck descending: "+JSON Stringify([3; 1; 2].orderBy(ck descending)))
ALERT("ck descending, texts: "+JSON Stringify(["b"; "C"; "a"].orderBy(ck descending)))
ALERT("ck ascending: "+JSON Stringify([3; 1; 2].orderBy(ck ascending)))
var $p : Collection
$p:=[{name: "Bob"; age: 30}; {name: "ann"; age: 25}; {name: "Cid"; age: 30}; {name: "Abe"}; {name: "Dan"; age: 25}]
ALERT("one path: "+JSON Stringify($p.orderBy("name").extract("name")))
ALERT("path desc: "+JSON Stringify($p.orderBy("name desc").extract("name")))
ALERT("two paths: "+JSON Stringify($p.orderBy("age desc, name asc").extract("name")))
ALERT("missing values first: "+JSON Stringify($p.orderBy("age, name").extract("name")))
ALERT("criteria objects: "+JSON Stringify($p.orderBy([{propertyPath: "age"; descending: True}; {propertyPath: "name"}]).extract("name")))
ALERT("nested path: "+JSON Stringify([{a: {b: 2}; id: 1}; {a: {b: 1}; id: 2}].orderBy("a.b").extract("id")))
var $s : Collection
$s:=New shared collection(3; 1; 2)
$r:=$s.orderBy()
ALERT("from shared: "+JSON Stringify($r)+" shared "+String(OB Is shared($r)))
Try
	$c.orderBy(True)
Catch
	ALERT("boolean criterion: "+_err)
End try
$c.orderBy({propertyPath: "x"})
ALERT("not reached")
