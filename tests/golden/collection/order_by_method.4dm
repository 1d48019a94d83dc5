// .orderByMethod(callback {; ...extraParam}): ordered copy from a "less than" callback
var $c; $r : Collection
$c:=["33"; "4"; "1111"; "222"]
ALERT("orderBy (text order): "+JSON Stringify($c.orderBy()))
$r:=$c.orderByMethod(Formula(Num($1.value)<Num($1.value2)))
ALERT("formula (numeric order): "+JSON Stringify($r))
ALERT("receiver unchanged: "+JSON Stringify($c))
ALERT("formula with $2 = -1 (descending): "+JSON Stringify($c.orderByMethod(Formula((Num($1.value)*$2)<(Num($1.value2)*$2)); -1)))
ALERT("method (by length): "+JSON Stringify(["ccc"; "a"; "dddd"; "bb"].orderByMethod("_shorter")))
ALERT("objects: "+JSON Stringify([{n: 2}; {n: 1}].orderByMethod(Formula($1.value.n<$1.value2.n))))
ALERT("empty: "+JSON Stringify([].orderByMethod(Formula(True))))
var $s : Collection
$s:=New shared collection("bb"; "a")
$r:=$s.orderByMethod("_shorter")
ALERT("from shared: "+JSON Stringify($r)+" shared "+String(OB Is shared($r)))
Try
	$c.orderByMethod("_no_such_method")
Catch
	ALERT("unknown method: "+_err)
End try
$c.orderByMethod()
ALERT("not reached")
