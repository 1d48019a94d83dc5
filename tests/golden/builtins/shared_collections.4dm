// Members on shared collections: results stay in the receiver's shared group; copies
var $s; $f : Collection
$s:=New shared collection()
$s.push(New shared object("n"; 1))
$s.push(New shared object("n"; 2))
$f:=$s.filter(Formula($1.value.n>1))
ALERT(JSON Stringify($f))
Use ($f)
	$f[0].n:=5
End use
ALERT(String($s[1].n))
ALERT(JSON Stringify($s.orderBy("n desc")))
ALERT(JSON Stringify($s.query("n = 1")))
ALERT(JSON Stringify($s.copy()))
var $o : Object
$o:=OB Copy(New object("a"; New object("b"; 1)); ck shared)
ALERT(JSON Stringify($o))
$o.x:=1
ALERT("not reached")
