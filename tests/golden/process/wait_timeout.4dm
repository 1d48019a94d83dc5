//! fourd run --wait-timeout 0.3
// fourd waits for started processes at exit, but not forever
var $n : Integer
$n:=New process("_sleep_long"; 0; "sleeper")
ALERT("main done")
