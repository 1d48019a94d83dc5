// Add to date from the null date builds a date from its parts (a common 4D idiom).
ALERT(String(Add to date(!00-00-00!; 2020; 1; 4); ISO date))
ALERT(String(Add to date(!00-00-00!; 1997; 12; 31); ISO date))
ALERT(String(Add to date(!00-00-00!; 2024; 2; 30); ISO date))
// ISO week number the way vdelachaux/classes computes it
var $d; $thu; $jan4; $mon : Date
$d:=!2020-01-01!
$thu:=Add to date($d-((Day number($d)+5)%7); 0; 0; 3)
$jan4:=Add to date(!00-00-00!; Year of($thu); 1; 4)
$mon:=$jan4-((Day number($jan4)+5)%7)
ALERT(String((($thu-$mon)\7)+1))
