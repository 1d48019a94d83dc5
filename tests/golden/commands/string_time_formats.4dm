// String(time; format): every time format constant, Blank if null time, patterns.
// (HH MM AM PM, Hour min sec, MM SS and ISO time of one value:
// tests/golden/builtins/dates_times.4dm.)
var $t : Time
$t:=?01:02:03?
ALERT("default: "+String($t))
ALERT("HH MM SS (1): "+String($t; HH MM SS))
ALERT("HH MM (2): "+String($t; HH MM))
ALERT("Hour min sec (3): "+String($t; Hour min sec))
ALERT("Hour min (4): "+String($t; Hour min))
ALERT("HH MM AM PM (5): "+String($t; HH MM AM PM))
ALERT("MM SS (6): "+String($t; MM SS))
ALERT("Min sec (7): "+String($t; Min sec))
ALERT("ISO time (8): "+String($t; ISO time))
ALERT("System time short (9): "+String($t; System time short))
ALERT("values: "+String(HH MM SS)+" "+String(HH MM)+" "+String(Hour min sec)+" "+String(Hour min)+" "+String(HH MM AM PM)+" "+String(MM SS)+" "+String(Min sec)+" "+String(ISO time)+" "+String(System time short)+" "+String(System time long abbreviated)+" "+String(System time long)+" "+String(Blank if null time))
// afternoon, noon and midnight
ALERT(String(?17:30:45?; HH MM AM PM)+" | "+String(?12:00:00?; HH MM AM PM)+" | "+String(?00:05:00?; HH MM AM PM))
ALERT(String(?17:30:45?; Hour min sec)+" | "+String(?01:01:01?; Hour min sec))
ALERT(String(?02:05:00?; Hour min)+" | "+String(?00:01:01?; Min sec))
// times beyond 24 hours
ALERT(String(?25:10:00?)+" "+String(?25:10:00?; HH MM)+" "+String(?100:00:00?))
// the null time, and Blank if null time (+100)
ALERT("null time: ["+String(?00:00:00?)+"] ["+String(?00:00:00?; HH MM+Blank if null time)+"] ["+String(?00:00:30?; HH MM SS+Blank if null time)+"]")
// patterns
ALERT(String(?17:30:45?; "hh:mm aa O"))
ALERT(String(?17:30:45?; "'It is' K a"))
ALERT(String(?15:30:00?; "HH 'hours and' mm 'minutes'"))
ALERT(String(?00:00:00?; "k h H K")+" | "+String(?12:00:00?; "k h H K"))
ALERT(String(?09:05:07?; "H:m:s HH:mm:ss")+" | "+String(?09:10:25?; " HH : mm : ss "))
