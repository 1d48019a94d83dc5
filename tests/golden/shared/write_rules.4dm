// Reads need no Use; writes outside Use are errors; collection member functions lock by themselves
// Codes: -10720 write outside Use (elements too); collection member functions need no Use.
var $o : Object
var $c : Collection
$o:=New shared object("n"; 1)
ALERT("read without Use: "+String($o.n))
Try
	$o.n:=2
Catch
	ALERT("write outside Use: "+String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Use ($o)
	$o.n:=2
	$o.added:="yes"
End use
ALERT(JSON Stringify($o))
$c:=New shared collection(1; 2)
Try
	$c[0]:=10
Catch
	ALERT("element write outside Use: "+String(Last errors[0].errCode))
End try
$c.push(3)
ALERT("push locks by itself: "+JSON Stringify($c))
Use ($c)
	$c[0]:=10
End use
ALERT(JSON Stringify($c))
ALERT("OB Is shared: "+String(OB Is shared($o))+" "+String(OB Is shared($c))+" "+String(OB Is shared({})))
