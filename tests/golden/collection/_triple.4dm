// map callback (method form): $1.result = $1.value * $2 (default 3)
#DECLARE($e : Object; $factor : Real)
If (Count parameters<2)
	$factor:=3
End if
$e.result:=$e.value*$factor
