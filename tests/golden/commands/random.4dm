// Random: an integer from 0 to 32767 (pinned by FOURD_SEED).
var $i; $r; $min; $max : Integer
$min:=32767
$max:=0
For ($i; 1; 2000)
	$r:=Random
	If ($r<$min)
		$min:=$r
	End if
	If ($r>$max)
		$max:=$r
	End if
End for
ALERT(String(($min>=0) & ($max<=32767)))
ALERT(String($max-$min>30000))
ALERT(String(Value type(Random)))
// a number in a range, the usual way
$r:=(Random%(20-10+1))+10
ALERT(String(($r>=10) & ($r<=20)))
