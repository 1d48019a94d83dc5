// Arithmetic and comparisons on declared Integer and Real locals (compiled to machine
// numbers) give the same values, types and errors as on untyped values
var $i; $j; $big : Integer
var $x; $y : Real
var $u : Variant
$i:=7
$j:=2
$x:=2.5
$u:=7
// integers stay Longints while they fit; / \ % give Reals
ALERT(String($i+$j)+" "+String(Value type($i+$j))+" / "+String($i*$j)+" "+String(Value type($i*$j)))
ALERT(String($i/$j)+" "+String($i\$j)+" "+String($i%$j)+" "+String(Value type($i%$j)))
ALERT(String(-$i\$j)+" "+String((0-$i)%$j)+" "+String($x*$i-$j))
// the same on a Variant holding 7
ALERT(String($u+$j)+" "+String(Value type($u+$j))+" "+String($u\$j))
// an overflowing Longint sum becomes a Real, as in 4D
$big:=2147483647
ALERT(String($big+$big)+" "+String(Value type($big+$big)))
// assignments convert to the local's type
$j:=$x*3
ALERT("j="+String($j)+" x="+String($x))
$x:=$i+$i
ALERT("x="+String($x)+" "+String(Value type($x)))
// comparisons and logical operators in conditions
If ($i>=$x/2 & $j#0)
	ALERT("and: true")
End if
If (($i<0) | ($x>=14))
	ALERT("or: true")
End if
$i:=0
While ($i*$i<50)
	$i:=$i+1
End while
ALERT("while: "+String($i))
// `&&` stops at a false left side; `&` evaluates the right side, which divides by zero
$j:=0
If (($i<0) && ($i%$j=1))
	ALERT("never")
Else
	ALERT("&& did not divide")
End if
Try
	If (($i<0) & ($i%$j=1))
		ALERT("never")
	End if
Catch
	ALERT("& divided: error "+String(Last errors[0].errCode))
End try
// an uncaught division by zero stops the run at its line
$x:=$i\$j
ALERT("not reached")
