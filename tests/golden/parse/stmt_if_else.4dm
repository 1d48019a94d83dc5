If ($a>1)
	ALERT("big")
Else
	ALERT("small")
End if
If ($b)
End if
If (A)|(B)
	$c:=1
End if
