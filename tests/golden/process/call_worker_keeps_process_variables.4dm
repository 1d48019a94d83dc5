// A worker runs its messages in order and keeps its process variables between them
var $log : Collection
var $done : Object
$log:=New shared collection
$done:=New signal
CALL WORKER("tally"; "_tally"; $log; 5)
CALL WORKER("tally"; "_tally"; $log; 7)
CALL WORKER("tally"; Formula(_tally($1; 30)); $log)
CALL WORKER("tally"; Formula($1.trigger()); $done)
ALERT("worker done: "+String($done.wait(10)))
ALERT(JSON Stringify($log))
ALERT("main is worker 1, named "+Current process name)
