// .reduce(callback {; initValue {; ...param}}): left-to-right accumulation
var $c : Collection
$c:=[5; 3; 2; 4]
ALERT("product, init 1: "+_show($c.reduce(Formula($1.accumulator*=$1.value); 1)))
ALERT("sum, init 0: "+_show($c.reduce(Formula($1.accumulator+=$1.value); 0)))
ALERT("method, no init (starts Undefined): "+_show($c.reduce("_concat_acc")))
ALERT("method with init and $2: "+_show($c.reduce("_concat_acc"; ">"; ",")))
ALERT("combine sub-collections: "+JSON Stringify([[0; 1]; [2]; [3; 4]].reduce(Formula($1.accumulator.combine($1.value)); [])))
ALERT("empty, with init: "+_show([].reduce(Formula($1.accumulator+=1); 42)))
ALERT("empty, no init: "+_show([].reduce(Formula($1.accumulator+=1))))
ALERT("$1.stop after 3: "+_show($c.reduce("_sum_until"; 0; 3)))
Try
	$c.reduce("_fail"; 0)
Catch
	ALERT("error inside the callback: "+_err)
End try
$c.reduce(1; 2)
ALERT("not reached")
