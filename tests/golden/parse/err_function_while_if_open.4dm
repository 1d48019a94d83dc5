Function a()
	If (True)
		$x:=1

Function b()
	$y:=2
