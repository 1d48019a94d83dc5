// Test callback that also logs each call and stops at the element equal to $3
#DECLARE($e : Object; $limit : Real; $stopAt : Real; $log : Collection)
$log.push($e.value)
$e.result:=$e.value>$limit
If ($e.value=$stopAt)
	$e.stop:=True
End if
