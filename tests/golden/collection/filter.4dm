// .filter(callback {; ...param}): shallow copy of passing elements; shared stays shared
var $c; $r; $log : Collection
$c:=[4; 9; "text"; 15; 2]
ALERT("formula: "+JSON Stringify($c.filter(Formula((Value type($1.value)=Is real) && ($1.value>5)))))
ALERT("formula with $2: "+JSON Stringify($c.filter(Formula(Value type($1.value)=$2); Is text)))
ALERT("method: "+JSON Stringify([4; 9; 15; 2].filter("_greater"; 3)))
$log:=[]
ALERT("$1.stop on 15: "+JSON Stringify([4; 9; 15; 2].filter("_greater_stop"; 3; 15; $log))+" visited "+JSON Stringify($log))
ALERT("nothing passes: "+JSON Stringify($c.filter(Formula(False))))
var $o : Object
$o:={n: 1}
$r:=[$o].filter(Formula(True))
$r[0].n:=2
ALERT("shallow copy: "+String($o.n))
var $s : Collection
$s:=New shared collection(New shared object("n"; 1); New shared object("n"; 2))
$r:=$s.filter(Formula($1.value.n>1))
ALERT("from shared: "+JSON Stringify($r)+" shared "+String(OB Is shared($r)))
ALERT("regular stays regular: "+String(OB Is shared($c.filter(Formula(True)))))
Try
	$c.filter(Formula(_fail($1)))
Catch
	ALERT("error inside the callback: "+_err)
End try
$c.filter(True)
ALERT("not reached")
