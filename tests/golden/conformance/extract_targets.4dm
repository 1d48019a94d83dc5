// .extract(path; target {; path; target}): an element where no path is defined gives no
// object; a Null value is extracted.
var $c : Collection
$c:=[{zip: 1}; {name: Null; zip: 2}; {name: "Lyon"; zip: 3}; {other: True}]
ALERT(JSON Stringify($c.extract("name"; "City")))
ALERT(JSON Stringify($c.extract("name"; "City"; "zip"; "Zip")))
ALERT(JSON Stringify($c.extract("name")))
ALERT(JSON Stringify($c.extract("name"; ck keep null)))
