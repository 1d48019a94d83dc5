// Timestamp: the current UTC time as yyyy-MM-ddTHH:mm:ss.SSSZ (local 10:30:00 at +01:00).
var $ts : Text
$ts:=Timestamp
ALERT(Substring($ts; 1; 17))
ALERT(String(Length($ts))+" "+Substring($ts; 11; 1)+" "+Substring($ts; 20; 1)+" "+Substring($ts; 24; 1))
ALERT(String(Match regex("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"; $ts)))
// the same instant as String(Current date; ISO date GMT; Current time), give or take seconds
ALERT(String(Substring(String(Current date; ISO date GMT; Current time); 1; 14)=Substring($ts; 1; 14)))
// Date() reads it back as today's date
ALERT(String(Date($ts); ISO date))
