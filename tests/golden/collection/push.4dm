// .push(element {; ...}): appends, returns the receiver; shared rules
var $c; $r : Collection
$c:=[1]
$r:=$c.push(2)
ALERT("one: "+JSON Stringify($c)+" returns receiver "+String($r=$c))
ALERT("several, in order: "+JSON Stringify($c.push("a"; Null; {k: 1})))
ALERT("collection stays nested: "+JSON Stringify([].push([1; 2])))
ALERT("time as ms: "+JSON Stringify([].push(?00:01:00?)))
ALERT("chained: "+JSON Stringify([3; 1].push(2).sort()))
var $s; $other : Collection
$s:=New shared collection
$s.push(1; "x"; True; Null; !2024-01-15!; New shared object("k"; 1))
ALERT("shared, without Use: "+JSON Stringify($s))
Try
	$s.push({k: 2})
Catch
	ALERT("plain object into shared: "+_err+", length still "+String($s.length))
End try
Try
	$s.push(2; [3])
Catch
	ALERT("plain collection as 2nd value: "+_err+", length still "+String($s.length))
End try
$other:=New shared collection
Use ($other)
	$other.push(New shared object("in"; "other"))
End use
Try
	$s.push($other[0])
Catch
	ALERT("object of another shared group: "+_err)
End try
var $p : Pointer
$p:=->$c
$s.push($p)
ALERT("not reached")
