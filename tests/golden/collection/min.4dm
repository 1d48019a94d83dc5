// .min({propertyPath}): first value in ascending type-aware order
ALERT("numbers: "+_show([3; 17; -2; 8].min()))
ALERT("texts: "+_show(["pear"; "apple"; "Zucchini"; "Fig"].min()))
ALERT("dates: "+_show([!2020-01-01!; !2019-06-30!; !2022-03-03!].min()))
ALERT("booleans: "+_show([True; False; True].min()))
ALERT("mixed -> in the first type group: "+_show([5; "z"; True; !2001-01-01!; "b"].min()))
ALERT("texts before numbers: "+_show([1; "zzz"; 0].min()))
ALERT("nulls skipped: "+_show([Null; 4; 2].min()))
ALERT("empty: "+_show([].min()))
var $staff : Collection
$staff:=[{name: "Ann"; pay: 100}; {name: "Zoe"; pay: 50}; {name: "Bob"}; {name: "Cid"; pay: 180}]
ALERT("path: "+_show($staff.min("pay")))
ALERT("text path: "+_show($staff.min("name")))
ALERT("path absent: "+_show($staff.min("bonus")))
ALERT("nested path: "+_show([{a: {b: 5}}; {a: {b: -5}}].min("a.b")))
Try
	$staff.min(True)
Catch
	ALERT("boolean path: "+_err)
End try
$staff.min({})
ALERT("not reached")
