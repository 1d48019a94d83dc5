If ($a)
	If ($b)
		If ($c)
			$x:=1
		Else
			$x:=2
		End if
	End if
Else
	$x:=3
End if
