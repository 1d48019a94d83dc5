#DECLARE($n : Integer) -> $result : Integer
// Recursive Fibonacci.
If ($n<2)
	return $n
End if
return _fib($n-1)+_fib($n-2)
