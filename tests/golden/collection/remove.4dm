// .remove(index {; howMany}): removes in place, index clamping, no error when empty
var $c; $r : Collection
$c:=["a"; "b"; "c"; "d"; "e"; "f"]
$r:=$c.remove(1)
ALERT("one at 1: "+JSON Stringify($c)+" returns receiver "+String($r=$c))
ALERT("two at 1: "+JSON Stringify(["a"; "b"; "c"; "d"].remove(1; 2)))
ALERT("at -1: "+JSON Stringify(["a"; "b"; "c"; "d"].remove(-1)))
ALERT("at -9 -> 0: "+JSON Stringify(["a"; "b"; "c"; "d"].remove(-9; 2)))
ALERT("howMany past the end: "+JSON Stringify(["a"; "b"; "c"; "d"].remove(2; 99)))
ALERT("index past the end: "+JSON Stringify(["a"; "b"; "c"; "d"].remove(9)))
ALERT("howMany 0: "+JSON Stringify(["a"; "b"].remove(0; 0)))
ALERT("empty, no error: "+JSON Stringify([].remove(0)))
var $s : Collection
$s:=New shared collection(1; 2; 3)
$s.remove(0; 2)
ALERT("shared, without Use: "+JSON Stringify($s))
Try
	$c.remove("one")
Catch
	ALERT("text index: "+_err)
End try
$c.remove(0; [])
ALERT("not reached")
