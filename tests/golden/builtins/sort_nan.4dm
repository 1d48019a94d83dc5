// A Real that is not a number (0/0) sorts after every number, and sorting never fails
var $c : Collection
$c:=[3; 0/0; 1; 2]
$c.sort()
ALERT("reals: "+JSON Stringify($c))
$c:=[3; "b"; 0/0; True; 1; "a"]
$c.sort()
ALERT("mixed: "+JSON Stringify($c))
ALERT("orderBy: "+JSON Stringify([2; 0/0; 1].orderBy(ck descending)))
