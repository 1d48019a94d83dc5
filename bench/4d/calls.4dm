// (f) 1,000,000 calls of a two-parameter method
var $i; $acc : Integer
For ($i; 1; 1000000)
	$acc:=_add($acc; $i%7)
End for
ALERT(String($acc))
