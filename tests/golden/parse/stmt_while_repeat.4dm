While ($i<10)
	$i+=1
End while
Repeat
	$j:=$j+1
Until ($j>=5)
Repeat
Until (True)
