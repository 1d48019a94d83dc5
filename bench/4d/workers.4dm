// (h) 4 workers doing 100,000 Use/End use increments each on one shared object
var $counter : Object
var $done : Object
var $w : Integer
$counter:=New shared object("value"; 0)
For ($w; 1; 4)
	CALL WORKER("bench_worker_"+String($w); "_increment_many"; $counter; 100000)
End for
// wait for the workers: they each add 1 to "finished" when done
Repeat
	DELAY PROCESS(Current process; 1)
Until ($counter.finished=4)
ALERT(String($counter.value))
