// reduce callback (method form): appends $1.value (as text) and $2 to $1.accumulator
#DECLARE($e : Object; $sep : Text)
If ($e.accumulator=Null)
	$e.accumulator:=""
End if
$e.accumulator:=$e.accumulator+String($e.value)+$sep
