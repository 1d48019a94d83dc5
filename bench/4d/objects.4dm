// (e) 1,000,000 object property reads and writes
var $o : Object
var $i : Integer
$o:={count: 0; total: 0}
For ($i; 1; 1000000)
	$o.count:=$o.count+1
	$o.total:=$o.total+$i
End for
ALERT(String($o.count)+" "+String($o.total))
