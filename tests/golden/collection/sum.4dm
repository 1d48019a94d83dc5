// .sum({propertyPath}): sum of numbers, 0 when there are none
ALERT("numbers: "+_show([10; 20; 2.5].sum()))
ALERT("non-numbers ignored: "+_show([10; "20"; True; Null; -4].sum()))
ALERT("empty: "+_show([].sum()))
ALERT("no numbers: "+_show(["a"].sum()))
var $staff : Collection
$staff:=[{pay: 100}; {pay: 250.5}; {name: "x"}; {pay: "?"}]
ALERT("path: "+_show($staff.sum("pay")))
ALERT("path absent: "+_show($staff.sum("bonus")))
ALERT("nested path: "+_show([{a: {b: 1}}; {a: {b: 2}}; 3].sum("a.b")))
ALERT("shared: "+_show(New shared collection(1; 2; 3).sum()))
Try
	$staff.sum(0)
Catch
	ALERT("numeric path: "+_err)
End try
$staff.sum([])
ALERT("not reached")
