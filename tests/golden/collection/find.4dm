// .find({startFrom;} callback {; ...param}): first passing element, else Undefined
var $c; $log : Collection
$c:=[{name: "Ann"; age: 17}; {name: "Bob"; age: 34}; {name: "Cid"; age: 52}; {name: "Bob"; age: 60}]
ALERT("formula: "+_show($c.find(Formula($1.value.age>18))))
ALERT("formula with $2: "+_show($c.find(Formula($1.value.name=$2); "bob")))
ALERT("startFrom 2: "+_show($c.find(2; Formula($1.value.name=$2); "Bob")))
ALERT("startFrom -1: "+_show($c.find(-1; Formula($1.value.age>18))))
ALERT("startFrom -99 -> whole: "+_show($c.find(-99; Formula($1.value.age>18))))
ALERT("startFrom = length: "+_show($c.find(4; Formula(True))))
ALERT("not found: "+_show($c.find(Formula($1.value.age>99))))
ALERT("method: "+_show([3; 8; 1; 9].find("_greater"; 5)))
$log:=[]
ALERT("$1.stop before a match: "+_show([3; 8; 1; 9].find("_greater_stop"; 8; 3; $log))+" visited "+JSON Stringify($log))
ALERT("element itself is returned: "+String($c.find(Formula($1.value.age=34))=$c[1]))
Try
	$c.find(1; "_fail")
Catch
	ALERT("error inside the callback: "+_err)
End try
$c.find(0)
ALERT("not reached")
