Try
	$x:=1/0
Catch
	$errors:=Last errors
End try
Try
	throw(1; "boom")
End try
$v:=Try($fh.readText()) || "Error reading the file"
Try(ALERT("x"))
throw({errCode: 1; message: "m"})
