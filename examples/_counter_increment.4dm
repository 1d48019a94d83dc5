#DECLARE($counter : Object; $count : Integer; $done : Object)
var $i : Integer
For ($i; 1; $count)
	Use ($counter)
		$counter.value:=$counter.value+1
	End use
End for
$done.trigger()
