// New signal / 4D.Signal: wait with and without timeout, trigger from another process,
// description written inside Use (a signal is a shared object), signaled is read-only.
var $s; $t : Object
$s:=New signal("first")
ALERT("description: "+$s.description+", signaled: "+String($s.signaled)+", shared: "+String(OB Is shared($s)))
ALERT("instance of 4D.Signal: "+String(OB Instance of($s; 4D.Signal)))
ALERT("wait(0.05) times out: "+String($s.wait(0.05)))
Try
	$s.description:="outside Use"
Catch
	ALERT("description outside Use: "+String(Last errors[0].errCode))
End try
Use ($s)
	$s.description:="renamed"
	$s.extra:=42
End use
Try
	$s.signaled:=True
Catch
	ALERT("signaled is read-only: "+String(Last errors[0].errCode))
End try
CALL WORKER("trigger"; Formula($1.trigger()); $s)
ALERT("wait() returns once triggered: "+String($s.wait()))
ALERT("signaled: "+String($s.signaled)+", waits no more: "+String($s.wait(0)))
ALERT(JSON Stringify($s))
$t:=4D.Signal.new("made with new()")
ALERT($t.description+" "+String($t.signaled))
