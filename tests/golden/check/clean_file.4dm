//! check {file}
// A clean file: exit code 0 and one summary line.
$x:=1
If ($x=1)
	ALERT("one")
End if
