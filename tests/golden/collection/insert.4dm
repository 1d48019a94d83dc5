// .insert(index; element): one element (a collection stays nested), index clamping
var $c; $r : Collection
$c:=["a"; "b"; "c"]
$r:=$c.insert(1; "X")
ALERT("at 1: "+JSON Stringify($c)+" returns receiver "+String($r=$c))
ALERT("at -1: "+JSON Stringify(["a"; "b"; "c"].insert(-1; "Y")))
ALERT("at -9 -> 0: "+JSON Stringify(["a"; "b"; "c"].insert(-9; "Z")))
ALERT("at 99 -> end: "+JSON Stringify(["a"; "b"; "c"].insert(99; "W")))
ALERT("at length: "+JSON Stringify(["a"].insert(1; "V")))
ALERT("collection stays nested: "+JSON Stringify([1].insert(0; [2; 3])))
ALERT("into empty: "+JSON Stringify([].insert(5; Null)))
var $s : Collection
$s:=New shared collection(1)
$s.insert(0; New shared object("k"; 0))
ALERT("shared, without Use: "+JSON Stringify($s))
Try
	$s.insert(0; {k: 1})
Catch
	ALERT("plain object into shared: "+_err+" "+JSON Stringify($s))
End try
$c.insert("first"; 1)
ALERT("not reached")
