For ($i; 1; 10)
	$sum:=$sum+$i
End for
For ($i; 10; 1; -1)
End for
For (<>k; 1; Size of array($arr))
End for
