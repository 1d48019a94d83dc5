// .slice(startFrom {; end}): shallow copy of [start, end); shared stays shared
var $c; $r : Collection
$c:=[1; 2; 3; 4; 5]
ALERT("[1, 3): "+JSON Stringify($c.slice(1; 3)))
ALERT("from 3: "+JSON Stringify($c.slice(3)))
ALERT("end -1: "+JSON Stringify($c.slice(1; -1)))
ALERT("[-3, -2): "+JSON Stringify($c.slice(-3; -2)))
ALERT("start -99 -> 0: "+JSON Stringify($c.slice(-99; 2)))
ALERT("end < start: "+JSON Stringify($c.slice(3; 1)))
ALERT("start past end: "+JSON Stringify($c.slice(9)))
ALERT("end past end: "+JSON Stringify($c.slice(2; 99)))
ALERT("receiver unchanged: "+JSON Stringify($c))
var $o : Object
$o:={n: 1}
$r:=[$o].slice(0)
$r[0].n:=2
ALERT("shallow copy: "+String($o.n))
var $s : Collection
$s:=New shared collection(1; 2; 3)
$r:=$s.slice(1)
ALERT("from shared: "+JSON Stringify($r)+" shared "+String(OB Is shared($r)))
Try
	$c.slice("one")
Catch
	ALERT("text start: "+_err)
End try
$c.slice(0; {})
ALERT("not reached")
