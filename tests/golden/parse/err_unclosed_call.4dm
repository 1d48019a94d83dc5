ALERT("x"
$ok:=1
