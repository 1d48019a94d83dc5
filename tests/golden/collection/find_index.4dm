// .findIndex({startFrom;} callback {; ...param}): index of the first passing element, or -1
var $c; $log : Collection
$c:=["Ann"; "bob"; "Cid"; "Bob"; "Dan"]
ALERT("formula: "+String($c.findIndex(Formula($1.value="Bob"))))
ALERT("formula with $2: "+String($c.findIndex(Formula($1.value=$2); "cid")))
ALERT("startFrom 2: "+String($c.findIndex(2; Formula($1.value=$2); "Bob")))
ALERT("startFrom -2: "+String($c.findIndex(-2; Formula($1.value=$2); "Bob")))
ALERT("startFrom -2, only earlier matches: "+String($c.findIndex(-2; Formula($1.value=$2); "Ann")))
ALERT("startFrom -99 -> whole: "+String($c.findIndex(-99; Formula($1.value=$2); "Ann")))
ALERT("startFrom = length: "+String($c.findIndex(5; Formula(True))))
ALERT("not found: "+String($c.findIndex(Formula($1.value="Zed"))))
ALERT("method: "+String([3; 8; 1; 9].findIndex("_greater"; 8)))
$log:=[]
ALERT("$1.stop before a match: "+String([3; 8; 1; 9].findIndex("_greater_stop"; 8; 8; $log))+" visited "+JSON Stringify($log))
ALERT("empty: "+String([].findIndex(Formula(True))))
Try
	$c.findIndex("_no_such_method")
Catch
	ALERT("unknown method: "+_err)
End try
$c.findIndex(1; 2)
ALERT("not reached")
