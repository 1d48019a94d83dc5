// .flatMap(callback {; ...param}): map, then flat(1)
var $c : Collection
$c:=[1; 2; 3]
ALERT("formula: "+JSON Stringify($c.flatMap(Formula([$1.value; $1.value*10]))))
ALERT("map would nest: "+JSON Stringify($c.map(Formula([$1.value; $1.value*10]))))
ALERT("only one level: "+JSON Stringify($c.flatMap(Formula([[$1.value]]))))
ALERT("scalars kept: "+JSON Stringify($c.flatMap(Formula($1.value+$2); 100)))
ALERT("method with $2: "+JSON Stringify(["a"; "b"].flatMap("_pair"; "!")))
ALERT("split words: "+JSON Stringify(["one two"; ""; "three"].flatMap(Formula(Split string($1.value; " ")))))
ALERT("empty: "+JSON Stringify([].flatMap(Formula([1]))))
Try
	$c.flatMap("_fail")
Catch
	ALERT("error inside the callback: "+_err)
End try
$c.flatMap()
ALERT("not reached")
