If ($a)
	$b:=1
Else x
	$b:=2
End if
