// Day number: 1 for Sunday ... 7 for Saturday.
var $i : Integer
var $days : Text
For ($i; 0; 6)
	$days:=$days+String(Day number(!2024-01-14!+$i))+" "
End for
ALERT($days)
ALERT(String(Day number(!2000-01-01!))+" "+String(Day number(!1970-01-01!))+" "+String(Day number(!2024-02-29!)))
// named with a collection
var $names : Collection
$names:=New collection("Sunday"; "Monday"; "Tuesday"; "Wednesday"; "Thursday"; "Friday"; "Saturday")
ALERT($names[Day number(!2023-11-27!)-1])
