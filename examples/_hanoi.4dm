#DECLARE($n : Integer; $from : Text; $to : Text; $via : Text; $moves : Collection)
// Moves $n disks from $from to $to; each move is pushed onto $moves (a reference).
If ($n>0)
	_hanoi($n-1; $from; $via; $to; $moves)
	$moves.push($from+">"+$to)
	_hanoi($n-1; $via; $to; $from; $moves)
End if
