// A text table of the running processes, like an administration window, from Process activity.
var $activity; $p; $release : Object
var $states; $types : Object
var $line; $cpu : Text
var $n : Integer

// Something to watch: a worker waiting on a signal, and a process sleeping in DELAY PROCESS
$release:=New signal("release")
CALL WORKER("Mail sender"; "_monitor_wait"; $release)
$n:=New process("_monitor_sleep"; 0; "Nightly cleanup")
While ((Process state(Process number("Mail sender"))#4) | (Process state($n)#1))
	DELAY PROCESS(Current process; 1)
End while

$states:=New object("0"; "Executing"; "1"; "Delayed"; "2"; "Waiting for user event"; "3"; "Waiting for input output"; "4"; "Waiting for internal flag"; "5"; "Paused")
$types:=New object("-1"; "Main process"; "4"; "Other user process"; "5"; "Worker process")

$activity:=Process activity(Processes only)
ALERT("  # | Name                 | Type                 | State                     | CPU")
ALERT("----+----------------------+----------------------+---------------------------+--------")
For each ($p; $activity.processes)
	// real CPU figures vary from run to run: show that they are there
	If (($p.cpuTime>=0) && ($p.cpuUsage>=0) && ($p.cpuUsage<=1))
		$cpu:="ok"
	Else
		$cpu:="?"
	End if
	$line:=Substring("   "+String($p.number); Length(String($p.number))+1)+" | "+Substring($p.name+(" "*20); 1; 20)
	$line:=$line+" | "+Substring($types[String($p.type)]+(" "*20); 1; 20)
	$line:=$line+" | "+Substring($states[String($p.state)]+(" "*25); 1; 25)+" | "+$cpu
	ALERT($line)
End for each
ALERT(String($activity.processes.length)+" processes; Count tasks = "+String(Count tasks))

$release.trigger()
KILL WORKER("Mail sender")
DELAY PROCESS($n; 0)  // wake the sleeper so fourd can exit at once
