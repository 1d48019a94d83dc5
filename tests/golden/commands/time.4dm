// Time: a time from text (HH:MM:SS) or from a number of seconds.
// ("10:30:15" and 90 seconds: tests/golden/builtins/dates_times.4dm.)
ALERT(String(Time("01:02:03"))+" "+String(Time("1:2:3"))+" "+String(Time("12:30")))
ALERT(String(Time("25:00:00"))+" "+String(Time("00:00:00")))
ALERT(String(Time(3661))+" "+String(Time(0))+" "+String(Time(86400)))
// a time gives itself; the result is a Time
ALERT(String(Time(?10:20:30?))+" "+String(Value type(Time("10:00:00"))))
// ISO time text and texts with other characters
ALERT(String(Time("0000-00-00T13:14:15")))
// seconds stored in an object come back as a time
var $o : Object
$o:=New object("secs"; 5400)
ALERT(String(Time($o.secs)))
// hours and seconds arithmetic
ALERT(String(Time("10:00:00")+?00:30:00?))
