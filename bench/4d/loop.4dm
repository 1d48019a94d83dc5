// (b) a 5,000,000-iteration integer loop with arithmetic and a branch
var $i : Integer
var $sum : Real
For ($i; 1; 5000000)
	If ($i%3=0)
		$sum:=$sum+($i\3)
	Else
		$sum:=$sum-1
	End if
End for
ALERT(String($sum))
