// .combine(col2 {; index}): inserts col2's elements (one level), index clamping
var $c : Collection
$c:=[1; 2; 3]
$c.combine(["x"; "y"])
ALERT("at the end: "+JSON Stringify($c))
$c:=[1; 2; 3]
$c.combine(["x"; "y"]; 1)
ALERT("at 1: "+JSON Stringify($c))
$c:=[1; 2; 3]
$c.combine(["x"]; 99)
ALERT("index > length -> end: "+JSON Stringify($c))
$c:=[1; 2; 3]
$c.combine(["x"]; -1)
ALERT("index -1 -> before last: "+JSON Stringify($c))
$c:=[1; 2; 3]
$c.combine(["x"]; -10)
ALERT("index -10 -> 0: "+JSON Stringify($c))
$c:=[1]
$c.combine([[2; 3]; 4])
ALERT("only one level is opened: "+JSON Stringify($c))
ALERT("returns the receiver: "+String($c.combine([])=$c))
var $s : Collection
$s:=New shared collection(1)
$s.combine(New collection(2; "b"))
ALERT("shared receiver, scalars: "+JSON Stringify($s))
Try
	$s.combine(New collection({plain: 1}))
Catch
	ALERT("plain object into shared: "+_err+" "+JSON Stringify($s))
End try
var $group : Collection
$group:=New shared collection(New shared object("from"; "another group"))
Try
	$s.combine($group)
Catch
	ALERT("shared object of another group: "+_err+" "+JSON Stringify($s))
End try
Try
	$c.combine(5)
Catch
	ALERT("not a collection: "+_err)
End try
$c.combine("abc")
ALERT("not reached")
