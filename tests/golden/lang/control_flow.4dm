// If, Case of, While, Repeat, For with a step, break and continue.
var $i; $sum : Integer
var $s : Text
If (1>2)
	ALERT("wrong")
Else
	ALERT("else branch")
End if
$i:=2
Case of
	: ($i=1)
		ALERT("one")
	: ($i=2)
		ALERT("two")
	: ($i=2)
		ALERT("only the first true branch runs")
	Else
		ALERT("other")
End case
$i:=0
While ($i<3)
	$i:=$i+1
End while
ALERT(String($i))
Repeat
	$i:=$i-1
Until ($i<=0)
ALERT(String($i))
For ($i; 10; 1; -3)
	$s:=$s+String($i)+" "
End for
ALERT($s)
$s:=""
For ($i; 0; 9)
	If ($i=3)
		continue
	End if
	If ($i=7)
		break
	End if
	$s:=$s+String($i)
End for
ALERT($s)
For ($i; 5; 1)
	ALERT("never")
End for
