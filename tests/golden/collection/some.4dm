// .some({startFrom;} callback {; ...param}): True when one element passes
var $c; $log : Collection
$c:=[-5; -3; 7; -1]
ALERT("formula: "+String($c.some(Formula($1.value>0))))
ALERT("formula with $2: "+String($c.some(Formula($1.value>$2); 10)))
ALERT("method: "+String($c.some("_greater"; 6)))
ALERT("startFrom 3: "+String($c.some(3; Formula($1.value>0))))
ALERT("startFrom -2: "+String($c.some(-2; "_greater"; 0)))
ALERT("startFrom -99 -> whole: "+String($c.some(-99; Formula($1.value>0))))
ALERT("startFrom = length: "+String($c.some(4; Formula(True))))
ALERT("empty: "+String([].some(Formula(True))))
$log:=[]
ALERT("stops at the first success: "+String($c.some("_greater_stop"; 0; 99; $log))+" visited "+JSON Stringify($log))
$log:=[]
ALERT("$1.stop on -3: "+String($c.some("_greater_stop"; 0; -3; $log))+" visited "+JSON Stringify($log))
Try
	$c.some(-1; "_fail")
Catch
	ALERT("error inside the callback: "+_err)
End try
$c.some(1; 2)
ALERT("not reached")
