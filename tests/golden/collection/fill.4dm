// .fill(value {; startFrom {; end}}): overwrites [start, end) in place
var $c; $r : Collection
$c:=[1; 2; 3; 4; 5; 6]
$r:=$c.fill(0)
ALERT("whole: "+JSON Stringify($c)+" returns receiver "+String($r=$c))
$c:=[1; 2; 3; 4; 5; 6]
ALERT("from 4: "+JSON Stringify($c.fill("x"; 4)))
$c:=[1; 2; 3; 4; 5; 6]
ALERT("[1, 3): "+JSON Stringify($c.fill("x"; 1; 3)))
$c:=[1; 2; 3; 4; 5; 6]
ALERT("start -2: "+JSON Stringify($c.fill("x"; -2)))
$c:=[1; 2; 3; 4; 5; 6]
ALERT("start -99 -> 0, end -4: "+JSON Stringify($c.fill("x"; -99; -4)))
$c:=[1; 2; 3; 4; 5; 6]
ALERT("end < start: "+JSON Stringify($c.fill("x"; 4; 2)))
$c:=[1; 2; 3]
ALERT("start past end: "+JSON Stringify($c.fill("x"; 9)))
ALERT("end past end: "+JSON Stringify($c.fill("y"; 1; 99)))
ALERT("empty stays empty: "+JSON Stringify([].fill(1)))
var $s : Collection
$s:=New shared collection(1; 2; 3)
$s.fill(True; 1)
ALERT("shared, without Use: "+JSON Stringify($s))
Try
	$s.fill([0])
Catch
	ALERT("plain collection into shared: "+_err+" "+JSON Stringify($s))
End try
$c.fill(0; "a")
ALERT("not reached")
