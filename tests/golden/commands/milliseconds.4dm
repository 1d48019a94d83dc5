// Milliseconds: a counter in ms; only differences between two readings mean something.
var $start; $end : Integer
$start:=Milliseconds
DELAY PROCESS(Current process; 6)
$end:=Milliseconds
ALERT(String(Value type($start)))
ALERT(String(($end-$start)>=90))
ALERT(String(($end-$start)<5000))
