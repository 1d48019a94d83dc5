// .reduceRight(callback {; initValue {; ...param}}): right-to-left accumulation
var $c : Collection
$c:=[5; 3; 2; 4]
ALERT("product, init 1: "+_show($c.reduceRight(Formula($1.accumulator*=$1.value); 1)))
ALERT("method, no init: "+_show($c.reduceRight("_concat_acc")))
ALERT("method with init and $2: "+_show($c.reduceRight("_concat_acc"; "<"; ";")))
ALERT("combine sub-collections: "+JSON Stringify([[0; 1]; [2]; [3; 4]].reduceRight(Formula($1.accumulator.combine($1.value)); [])))
ALERT("$1.stop at 2 (from the right): "+_show($c.reduceRight("_sum_until"; 0; 2)))
ALERT("empty, with init: "+_show([].reduceRight(Formula($1.accumulator+=1); "init")))
Try
	$c.reduceRight(Formula(_fail($1)); 0)
Catch
	ALERT("error inside the callback: "+_err)
End try
$c.reduceRight([])
ALERT("not reached")
