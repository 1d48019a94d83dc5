// KILL WORKER drops pending messages and stops the worker; a later call starts a new one
var $log : Collection
var $first; $second : Integer
var $done : Object
$log:=New shared collection
$done:=New signal
CALL WORKER("w"; Formula(DELAY PROCESS(Current process; 12)))
CALL WORKER("w"; Formula($1.push("never runs")); $log)
$first:=Process number("w")
KILL WORKER("w")
While (Process state($first)#-100)
	DELAY PROCESS(Current process; 1)
End while
CALL WORKER("w"; "_log_and_signal"; $log; $done)
$second:=Process number("w")
ALERT("a new process: "+String($second#$first))
ALERT("it ran: "+String($done.wait(10)))
ALERT(JSON Stringify($log))
