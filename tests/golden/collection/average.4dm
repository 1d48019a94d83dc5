// .average({propertyPath}): numbers only, Undefined when nothing numeric
ALERT("numbers: "+_show([2; 4; 9].average()))
ALERT("non-numbers ignored: "+_show([10; "10"; True; Null; 20].average()))
ALERT("empty: "+_show([].average()))
ALERT("no numbers: "+_show(["a"; False].average()))
var $staff : Collection
$staff:=[{name: "Ann"; pay: 100}; {name: "Bob"; pay: 250}; {name: "Cid"}; {name: "Dan"; pay: "n/a"}]
ALERT("path: "+_show($staff.average("pay")))
ALERT("path absent: "+_show($staff.average("bonus")))
ALERT("nested path: "+_show([{a: {b: 1}}; {a: {b: 2}}].average("a.b")))
ALERT("shared receiver: "+_show(New shared collection(1; 2).average()))
Try
	$staff.average(1)
Catch
	ALERT("numeric path: "+_err)
End try
$staff.average(New object)
ALERT("not reached")
