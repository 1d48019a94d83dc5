// .resize(size {; defaultValue}): truncates or pads (null or defaultValue)
var $c; $r : Collection
$c:=[1; 2; 3; 4; 5]
$r:=$c.resize(2)
ALERT("truncate: "+JSON Stringify($c)+" returns receiver "+String($r=$c))
ALERT("pad with null: "+JSON Stringify([1].resize(3)))
ALERT("pad with a value: "+JSON Stringify([1].resize(4; 0)))
ALERT("pad with an object: "+JSON Stringify([].resize(2; {name: "X"})))
ALERT("default value ignored when shrinking: "+JSON Stringify([1; 2; 3].resize(1; "z")))
ALERT("same size: "+JSON Stringify([1; 2].resize(2; 9)))
ALERT("to 0: "+JSON Stringify([1; 2].resize(0)))
var $s : Collection
$s:=New shared collection("a")
$s.resize(3; "b")
ALERT("shared, without Use: "+JSON Stringify($s))
Try
	$s.resize(5; {plain: True})
Catch
	ALERT("plain object into shared: "+_err+" "+JSON Stringify($s))
End try
$c.resize("three")
ALERT("not reached")
