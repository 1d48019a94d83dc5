#DECLARE($counter : Object; $n : Integer)
var $i : Integer
For ($i; 1; $n)
	Use ($counter)
		$counter.value:=$counter.value+1
	End use
End for
Use ($counter)
	$counter.finished:=Num($counter.finished)+1
End use
