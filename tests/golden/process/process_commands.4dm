// Current process, Process number, Process state, Process info, Count tasks
var $ready; $go : Object
var $p : Integer
var $info : Object
$ready:=New signal
$go:=New signal
$p:=New process("_wait_for"; 0; "waiter"; $ready; $go)
$ready.wait(10)
ALERT("current: "+String(Current process)+" "+Current process name)
ALERT("Process number(waiter) = new process: "+String(Process number("waiter")=$p))
ALERT("Process number(nobody) = "+String(Process number("nobody")))
ALERT("Count tasks: "+String(Count tasks))
// the waiter is blocked in $go.wait(): Waiting for internal flag (4)
While (Process state($p)#4)
	DELAY PROCESS(Current process; 1)
End while
ALERT("state of the waiter: "+String(Process state($p)))
ALERT("state of the main process: "+String(Process state(1)))
ALERT("state of process 999: "+String(Process state(999)))
$info:=Process info($p)
ALERT("info: "+$info.name+", type "+String($info.type)+", number "+String($info.number)+", state "+String($info.state))
ALERT("info keys: "+OB Keys($info).orderBy().join(","))
ALERT("cpuTime>=0: "+String($info.cpuTime>=0)+", 0<=cpuUsage<=1: "+String(($info.cpuUsage>=0) && ($info.cpuUsage<=1)))
ALERT("systemID is a number: "+String(Num($info.systemID)>0))
ALERT("same session: "+String($info.sessionID=Session.id))
ALERT("Process info(999): "+String(Process info(999)=Null))
$go.trigger()
While (Process state($p)#-100)
	DELAY PROCESS(Current process; 1)
End while
ALERT("after it ended: state "+String(Process state($p))+", Count tasks "+String(Count tasks))
