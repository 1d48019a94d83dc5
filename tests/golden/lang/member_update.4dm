// `$o.x := $o.x op n` (updated in place when the property holds a number) gives the same
// results and errors as the general assignment
var $o; $s : Object
var $n : Integer
$o:={count: 1; total: 2.5; label: "a"}
$n:=10
$o.count:=$o.count+1
$o.total:=$o.total*$n
$o.label:=$o.label+"b"
$o.count:=$o.count-0.5
$o.flag:=True
ALERT(JSON Stringify($o))
ALERT("type of count: "+String(Value type($o.count)))
$o.count:=$o.count>1
ALERT("comparison stored: "+String($o.count))
$o.total:=$o.total-$n-0.75
$o.total:=$o.total/4
$o.total:=$o.total\2
ALERT("total: "+String($o.total)+" ("+String(Value type($o.total))+")")
// a shared object: in place inside Use
$s:=New shared object("hits"; 0)
Use ($s)
	$s.hits:=$s.hits+1
	$s.hits:=$s.hits+$n
End use
ALERT("shared hits: "+String($s.hits))
// a missing property: Undefined + 1 is an error, as in the general assignment
Try
	$o.missing:=$o.missing+1
Catch
	ALERT("missing: error "+String(Last errors[0].errCode))
End try
// outside Use: error -10720
$s.hits:=$s.hits+1
