// Several workers increment one shared counter under Use...End use: no increment is lost.
var $counter : Object
var $done : Collection
var $workers; $increments; $i : Integer
var $start : Integer

$workers:=4
$increments:=2500
$counter:=New shared object("value"; 0)
$done:=New collection

$start:=Milliseconds
For ($i; 1; $workers)
	$done.push(New signal("worker "+String($i)))
	CALL WORKER("counter "+String($i); "_counter_increment"; $counter; $increments; $done[$i-1])
End for

// Wait for every worker to report
For each ($signal; $done)
	$signal.wait(60)
End for each

ALERT(String($workers)+" workers x "+String($increments)+" increments")
ALERT("expected: "+String($workers*$increments))
ALERT("counted:  "+String($counter.value))
ALERT("nothing lost: "+String($counter.value=($workers*$increments)))
