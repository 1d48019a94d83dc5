// .clear(): empties the receiver and returns it; shared collections lock by themselves
var $c; $r : Collection
$c:=[1; 2; 3]
$r:=$c.clear()
ALERT("cleared: "+JSON Stringify($c)+" length "+String($c.length))
ALERT("returns the receiver: "+String($r=$c))
ALERT("chained: "+JSON Stringify([4; 5].clear().push(6)))
var $s : Collection
$s:=New shared collection("a"; "b")
$s.clear()
ALERT("shared cleared without Use: "+JSON Stringify($s))
var $none : Collection
Try
	$none.clear()
Catch
	ALERT("undefined collection: "+_err)
End try
$none.clear()
ALERT("not reached")
