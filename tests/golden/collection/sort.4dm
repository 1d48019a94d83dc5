// .sort({callback {; ...extraParam}}): sorts in place and returns the receiver
var $c; $r : Collection
$c:=["Tom"; 5; "mary"; 3; "Henry"; 1]
$r:=$c.sort()
ALERT("no argument: "+JSON Stringify($c)+" returns receiver "+String($r=$c))
ALERT("type groups: "+JSON Stringify([!2024-01-01!; [1]; {a: 1}; 2; "b"; True; Null; False; "A"; 1].sort()))
ALERT("texts, case-insensitive: "+JSON Stringify(["b"; "C"; "a"].sort()))
ALERT("formula (text order of numbers): "+JSON Stringify([33; 4; 66; 1111; 222].sort(Formula(String($1.value)<String($1.value2)))))
ALERT("formula with $2 (descending): "+JSON Stringify([2; 9; 4].sort(Formula(($1.value*$2)<($1.value2*$2)); -1)))
ALERT("method (by length): "+JSON Stringify(["ccc"; "b"; "dddd"; "aa"].sort("_shorter")))
ALERT("objects by a property: "+JSON Stringify([{n: 2}; {n: 3}; {n: 1}].sort(Formula($1.value.n<$1.value2.n))))
var $s : Collection
$s:=New shared collection(3; 1; 2)
$s.sort()
ALERT("shared, without Use: "+JSON Stringify($s))
$c:=[3; 1; 2]
Try
	$c.sort(Formula(_fail($1)))
Catch
	ALERT("error inside the callback: "+_err+", receiver "+JSON Stringify($c))
End try
$c.sort("_fail")
ALERT("not reached")
