// New process with * : a process with that name already running is reused
var $go : Object
var $first; $again; $other : Integer
$go:=New signal
$first:=New process("_wait_go"; 0; "unique"; $go; *)
$again:=New process("_wait_go"; 0; "unique"; $go; *)
$other:=New process("_wait_go"; 0; "unique"; $go)
ALERT("same process with *: "+String($again=$first))
ALERT("a new one without *: "+String($other#$first))
$go.trigger()
