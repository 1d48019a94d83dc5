For ($i; 0; 9)
	If ($i=3)
		continue
	End if
	If ($i=8)
		break
	End if
End for
return
return $x+1
