// .map(callback {; ...param}): transformed values, same size unless stopped
var $c; $log : Collection
$c:=[1; 4; 9]
ALERT("formula: "+JSON Stringify($c.map(Formula($1.value*2))))
ALERT("formula with $2: "+JSON Stringify($c.map(Formula(Round($1.value/$2*100; 1)); $c.sum())))
ALERT("method, default factor: "+JSON Stringify($c.map("_triple")))
ALERT("method with $2: "+JSON Stringify($c.map("_triple"; -1)))
ALERT("to other types: "+JSON Stringify($c.map(Formula(String($1.value)+"!"))))
ALERT("objects: "+JSON Stringify($c.map(Formula(New object("n"; $1.value)))))
$log:=[]
ALERT("$1.stop on 4: "+JSON Stringify($c.map("_greater_stop"; 2; 4; $log))+" visited "+JSON Stringify($log))
ALERT("receiver unchanged: "+JSON Stringify($c))
ALERT("empty: "+JSON Stringify([].map(Formula(1))))
ALERT("from shared is regular: "+String(OB Is shared(New shared collection(1).map(Formula($1.value)))))
Try
	$c.map(Formula(_fail($1)))
Catch
	ALERT("error inside the callback: "+_err)
End try
$c.map({})
ALERT("not reached")
