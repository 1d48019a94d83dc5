If ($a)
	$b:=1
End if
