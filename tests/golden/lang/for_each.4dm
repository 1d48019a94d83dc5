// For each over collections (with begin/end) and over object properties.
var $c : Collection
var $item : Variant
var $total : Integer
var $s : Text
$c:=[1; 2; 3; 4; 5; 6; 7; 8; 9; 10]
For each ($item; $c)
	$total:=$total+$item
End for each
ALERT(String($total))
$s:=""
For each ($item; $c; 2; 5)
	$s:=$s+String($item)
End for each
ALERT($s)
$s:=""
For each ($item; $c; -3)
	$s:=$s+String($item)
End for each
ALERT($s)
$total:=0
For each ($item; $c) While ($total<30)
	$total:=$total+$item
End for each
ALERT(String($total))
$total:=1000
For each ($item; $c) Until ($total>30)
	$total:=$total+$item
End for each
ALERT(String($total))
var $o : Object
var $key : Text
$o:={b: 1; a: 2; c: 3}
$s:=""
For each ($key; $o)
	$s:=$s+$key+"="+String($o[$key])+" "
End for each
ALERT($s)
