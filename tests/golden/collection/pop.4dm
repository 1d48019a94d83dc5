// .pop(): removes and returns the last element; Undefined when empty
var $c : Collection
$c:=[1; 2; [3; 4]]
ALERT("pop: "+_show($c.pop())+" left "+JSON Stringify($c))
ALERT("pop: "+_show($c.pop())+" left "+JSON Stringify($c))
ALERT("pop: "+_show($c.pop())+" left "+JSON Stringify($c))
ALERT("pop on empty: "+_show($c.pop())+" left "+JSON Stringify($c))
var $s : Collection
$s:=New shared collection("a"; "b")
ALERT("shared, without Use: "+_show($s.pop())+" left "+JSON Stringify($s))
var $none : Collection
$none.pop()
ALERT("not reached")
