// .at(index): positive and negative indexes, out of range -> Undefined
var $c : Collection
$c:=["a"; "b"; "c"; "d"]
ALERT("at(0): "+_show($c.at(0)))
ALERT("at(3): "+_show($c.at(3)))
ALERT("at(-1): "+_show($c.at(-1)))
ALERT("at(-4): "+_show($c.at(-4)))
ALERT("at(4): "+_show($c.at(4)))
ALERT("at(-5): "+_show($c.at(-5)))
ALERT("empty.at(0): "+_show([].at(0)))
ALERT("element is a collection: "+_show([[1; 2]].at(-1)))
ALERT("unchanged: "+JSON Stringify($c))
Try
	$c.at(!2024-01-01!)
Catch
	ALERT("date index: "+_err)
End try
$c.at({})
ALERT("not reached")
