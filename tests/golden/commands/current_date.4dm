// Current date: today's local date (pinned by FOURD_NOW=2024-01-15T10:30:00, FOURD_TZ=+01:00).
ALERT(String(Current date; ISO date))
ALERT(String(Current date=!2024-01-15!)+" "+String(Value type(Current date)))
ALERT(String(Year of(Current date))+" "+String(Month of(Current date))+" "+String(Day of(Current date))+" "+String(Day number(Current date)))
// * (the server's date on a client) gives the same date in a standalone session
ALERT(String(Current date(*)=Current date))
// date arithmetic from today
ALERT(String(Current date+30; ISO date)+" "+String(Add to date(Current date; 0; 1; 0); ISO date))
ALERT(String(Current date-!2024-01-01!))
