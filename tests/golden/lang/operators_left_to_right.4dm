// 4D has no operator precedence: arithmetic runs strictly left to right.
ALERT(String(3+4*5))
ALERT(String(3+(4*5)))
ALERT(String(10-2-3))
ALERT(String(2*3+1))
ALERT(String(5/2))
ALERT(String(5\2))
ALERT(String(10%3))
ALERT(String(2^3))
ALERT(String(-2*3))
var $w; $h : Integer
$w:=3
$h:=4
If ($w>0 && $h>0)
	ALERT("comparisons bind tighter than &&")
End if
If ($w+1>$h-1)
	ALERT("arithmetic binds tighter than comparisons")
End if
