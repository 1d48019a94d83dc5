// .shift(): removes and returns the first element; Undefined when empty
var $c : Collection
$c:=[{k: 1}; 2; "three"]
ALERT("shift: "+_show($c.shift())+" left "+JSON Stringify($c))
ALERT("shift: "+_show($c.shift())+" left "+JSON Stringify($c))
ALERT("shift: "+_show($c.shift())+" left "+JSON Stringify($c))
ALERT("shift on empty: "+_show($c.shift())+" left "+JSON Stringify($c))
var $s : Collection
$s:=New shared collection("a"; "b")
ALERT("shared, without Use: "+_show($s.shift())+" left "+JSON Stringify($s))
var $none : Collection
$none.shift()
ALERT("not reached")
