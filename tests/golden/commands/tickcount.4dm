// Tickcount: a counter in ticks (1/60 s); only differences mean something.
var $start; $end : Integer
$start:=Tickcount
DELAY PROCESS(Current process; 6)
$end:=Tickcount
ALERT(String(Value type($start)))
ALERT(String(($end-$start)>=5))
ALERT(String(($end-$start)<300))
