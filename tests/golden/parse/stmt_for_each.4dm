For each ($item; $col)
	$sum+=$item
End for each
For each ($key; $obj)
End for each
For each ($n; $col; 2)
End for each
For each ($n; $col; 0; 5)
End for each
For each ($num; $col)While ($total<30)
	$total+=$num
End for each
For each ($num; $col) Until ($total>30)
End for each
