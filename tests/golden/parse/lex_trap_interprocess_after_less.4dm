If ($x<<>max)
	$y:=$a<<2
End if
$z:=$b<=<>min
