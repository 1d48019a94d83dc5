$today:=Current date
$later:=Current date+30
$shared:=New shared object("count"; 1)
$type:=Value type($today)
If ($type=Is date)
	ALERT("a date")
End if
