// .first(): first element, Undefined when empty (where [0] is an error)
var $c : Collection
$c:=[10; "x"; Null]
ALERT("first: "+_show($c.first()))
ALERT("empty: "+_show([].first()))
ALERT("null element: "+_show([Null; 1].first()))
ALERT("collection element: "+_show([[1; 2]; 3].first()))
ALERT("shared: "+_show(New shared collection("s").first()))
ALERT("receiver unchanged: "+JSON Stringify($c))
var $empty : Collection
$empty:=[]
Try
	ALERT(_show($empty[0]))
Catch
	ALERT("empty[0] by contrast: "+_err)
End try
var $none : Collection
$none.first()
ALERT("not reached")
