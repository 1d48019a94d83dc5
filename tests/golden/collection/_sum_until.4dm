// reduce callback (method form): adds $1.value to $1.accumulator, stops after the value $2
#DECLARE($e : Object; $last : Real)
$e.accumulator:=$e.accumulator+$e.value
If ($e.value=$last)
	$e.stop:=True
End if
