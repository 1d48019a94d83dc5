// shared Class constructor: instances are shared; shared Function uses the instance itself.
var $t : cs.Tally
$t:=cs.Tally.new(10)
ALERT(String(OB Is shared($t)))
ALERT(String(OB Is shared($t.history)))
ALERT(String($t.add(5)))
ALERT(String($t.add(2)))
ALERT(JSON Stringify($t.history))
ALERT(String($t.peek()))
// A plain function writing the instance needs Use.
Try
	$t.bump()
Catch
	ALERT("bump outside Use: error "+String(Last errors[0].errCode))
End try
Use ($t)
	$t.bump()
End use
ALERT(String($t.total))
// Writing outside Use fails too.
Try
	$t.total:=0
Catch
	ALERT("write outside Use: error "+String(Last errors[0].errCode))
End try
ALERT(String($t.total))
ALERT(OB Class($t).name)
