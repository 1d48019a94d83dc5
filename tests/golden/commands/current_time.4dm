// Current time: the local time of day, in seconds (pinned to start at 10:30:00).
var $t : Time
$t:=Current time
ALERT(String(Value type($t)))
ALERT(String(($t>=?10:30:00?) & ($t<?10:35:00?)))
ALERT(String($t\3600)+" h")
ALERT(String(Current time(*)>=?10:30:00?))
// time arithmetic: seconds
ALERT(String(($t+?01:00:00?)>=?11:30:00?))
ALERT(Substring(String($t; HH MM); 1; 4))
