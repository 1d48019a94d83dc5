// String(date; format {; addTime}): every date format constant, Blank if null date, patterns.
// fourd's system settings are en-US; the time zone is pinned to +01:00 (no daylight saving).
// (Internal date long/abbreviated, System date long, ISO date and one pattern:
// tests/golden/builtins/dates_times.4dm.)
var $d : Date
$d:=!2006-12-29!
ALERT("default: "+String($d))
ALERT("System date short (1): "+String($d; System date short))
ALERT("System date abbreviated (2): "+String($d; System date abbreviated))
ALERT("System date long (3): "+String($d; System date long))
ALERT("Internal date short special (4): "+String($d; Internal date short special))
ALERT("Internal date long (5): "+String($d; Internal date long))
ALERT("Internal date abbreviated (6): "+String($d; Internal date abbreviated))
ALERT("Internal date short (7): "+String($d; Internal date short))
ALERT("ISO Date (8): "+String($d; ISO date))
ALERT("ISO Date GMT (9): "+String($d; ISO date GMT))
ALERT("Date RFC 1123 (10): "+String($d; Date RFC 1123))
// the constants' values
ALERT("values: "+String(System date short)+" "+String(System date abbreviated)+" "+String(System date long)+" "+String(Internal date short special)+" "+String(Internal date long)+" "+String(Internal date abbreviated)+" "+String(Internal date short)+" "+String(ISO date)+" "+String(ISO date GMT)+" "+String(Date RFC 1123)+" "+String(Blank if null date))
// Internal date short special: four digits for years far from today
ALERT("short special: "+String(!1896-12-29!; Internal date short special)+" "+String(!2096-12-29!; Internal date short special))
// with a time: ISO date keeps local time, ISO date GMT and RFC 1123 convert to UTC
ALERT("ISO date + 18:11:53: "+String(!2010-09-13!; ISO date; ?18:11:53?))
ALERT("ISO date GMT + 18:11:53: "+String(!2010-09-13!; ISO date GMT; ?18:11:53?))
ALERT("RFC 1123 + 13:07:20: "+String(!2010-09-10!; Date RFC 1123; ?13:07:20?))
ALERT("ISO date GMT + 00:30:00 crosses midnight: "+String(!2024-01-01!; ISO date GMT; ?00:30:00?))
// the null date, and Blank if null date (+100)
ALERT("null date: ["+String(!00-00-00!)+"] ["+String(!00-00-00!; ISO date)+"]")
ALERT("blank if null: ["+String(!00-00-00!; System date short+Blank if null date)+"] ["+String(!00-00-00!; ISO date+Blank if null date)+"] ["+String($d; Internal date short+Blank if null date)+"]")
// patterns
ALERT(String(!2023-11-27!; "EEEE d MMMM y GGGG"))
ALERT(String(!2023-11-27!; "E dd/MM/yyyy"))
ALERT(String(!2024-03-05!; "yy-M-d"))
ALERT(String(!2024-03-05!; "'day' D 'of' yyyy, QQQQ (QQQ)"))
ALERT(String(!2001-03-17!; "EEEEEE EEEEE eeee, MMMMM LLL, G GGGGG, yyyyyy"))
ALERT(String(!2023-11-27!; "E dd/MM/yyyy zzzz"))
ALERT(String(!2023-11-27!; "X XX XXX xxxxx O"))
ALERT("["+String(!2023-11-27!; "  dd.MM  ")+"] ["+String(!2023-11-27!; "' 'dd.MM' '")+"]")
ALERT(String(!2023-11-27!; "E dd/MM/yyyy 'at' hh:mm aa"; ?11:15:00?))
ALERT(String(!2023-11-27!; "yyyy-MM-dd HH:mm:ss"; ?23:05:09?))
