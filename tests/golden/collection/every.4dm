// .every({startFrom;} callback {; ...param}): formula and method forms, startFrom, stop
var $c; $log : Collection
$c:=[5; 8; 12; 3]
ALERT("formula, all > 1: "+String($c.every(Formula($1.value>1))))
ALERT("formula with $2, all > 4: "+String($c.every(Formula($1.value>$2); 4)))
ALERT("method, all > 2: "+String($c.every("_greater"; 2)))
ALERT("method, all > 4: "+String($c.every("_greater"; 4)))
ALERT("startFrom 1, all > 4: "+String($c.every(1; Formula($1.value>$2); 4)))
ALERT("startFrom -1 (last only), all > 2: "+String($c.every(-1; "_greater"; 2)))
ALERT("startFrom -99 (whole), all > 4: "+String($c.every(-99; Formula($1.value>4))))
ALERT("startFrom = length: "+String($c.every(4; Formula(True))))
ALERT("empty collection: "+String([].every(Formula(False))))
$log:=[]
ALERT("stops at the first failure: "+String($c.every("_greater_stop"; 6; -1; $log))+" visited "+JSON Stringify($log))
$log:=[]
ALERT("$1.stop on 8: "+String($c.every("_greater_stop"; 0; 8; $log))+" visited "+JSON Stringify($log))
Try
	$c.every("_fail")
Catch
	ALERT("error inside the callback: "+_err)
End try
Try
	$c.every("_no_such_method")
Catch
	ALERT("unknown method: "+_err)
End try
$c.every(42)
ALERT("not reached")
