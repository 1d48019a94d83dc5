// .flat({depth}): flattens nested collections (default depth 1)
var $c : Collection
$c:=[1; [2; [3; [4; [5]]]]; "x"; {k: [9]}]
ALERT("default depth 1: "+JSON Stringify($c.flat()))
ALERT("depth 2: "+JSON Stringify($c.flat(2)))
ALERT("MAXLONG: "+JSON Stringify($c.flat(MAXLONG)))
ALERT("depth 0: "+JSON Stringify($c.flat(0)))
ALERT("an empty sub-collection adds nothing: "+JSON Stringify([[]; 1; [[]]].flat()))
ALERT("receiver unchanged: "+JSON Stringify($c))
ALERT("result is regular: "+String(OB Is shared(New shared collection(1; New shared collection(2)).flat())))
Try
	$c.flat("two")
Catch
	ALERT("text depth: "+_err)
End try
$c.flat([])
ALERT("not reached")
