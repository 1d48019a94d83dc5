Case of
	$x:=1
	: ($a)
		$y:=2
End case
