While ($a)
	If ($b)
		$c:=1
End while
