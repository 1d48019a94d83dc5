// .unshift(value {; ...}): inserts at the front, keeping argument order
var $c; $r : Collection
$c:=[1; 2]
$r:=$c.unshift(0)
ALERT("one: "+JSON Stringify($c)+" returns receiver "+String($r=$c))
ALERT("several, in argument order: "+JSON Stringify($c.unshift("a"; "b")))
ALERT("collection stays nested: "+JSON Stringify([].unshift([1; 2])))
ALERT("into empty: "+JSON Stringify([].unshift(Null)))
var $s : Collection
$s:=New shared collection(3)
$s.unshift(1; 2)
ALERT("shared, without Use: "+JSON Stringify($s))
Try
	$s.unshift(0; {plain: 1})
Catch
	ALERT("plain object into shared: "+_err+" "+JSON Stringify($s))
End try
var $p : Pointer
$p:=->$c
$s.unshift($p)
ALERT("not reached")
