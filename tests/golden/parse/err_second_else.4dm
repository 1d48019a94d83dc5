If ($a)
Else
Else
End if
