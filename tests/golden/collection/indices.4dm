// .indices(queryString {; ...value}): ascending indexes of matching object elements
var $c : Collection
$c:=[{name: "Cleo"; zc: 35049}; {name: "Blount"; zc: 35031}; "not an object"; {name: "Adger"; zc: 35006}; {name: "Clanton"; zc: 35046}; {name: "clanton"; zc: 35045}]
ALERT("placeholder: "+JSON Stringify($c.indices("name = :1"; "Clanton")))
ALERT("literal number: "+JSON Stringify($c.indices("zc > 35040")))
ALERT("wildcard and AND: "+JSON Stringify($c.indices("name = 'C@' and zc < :1"; 35047)))
ALERT("OR: "+JSON Stringify($c.indices("name = Adger or zc = 35031")))
ALERT("no match: "+JSON Stringify($c.indices("zc < 0")))
ALERT("IN: "+JSON Stringify($c.indices("zc in :1"; [35006; 35049; 1])))
ALERT("null keyword: "+JSON Stringify([{a: 1}; {b: 2}; {a: Null}].indices("a = null")))
Try
	$c.indices("zc >")
Catch
	ALERT("incomplete query: "+_err)
End try
$c.indices("name == == x")
ALERT("not reached")
