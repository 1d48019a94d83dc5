If ($a=1
End if
For each ($x; $c
End for each
