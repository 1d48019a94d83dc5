// (c) appending 200,000 short strings, then the length
var $s : Text
var $i : Integer
For ($i; 1; 200000)
	$s:=$s+"ab"+String($i%10)
End for
ALERT(String(Length($s)))
