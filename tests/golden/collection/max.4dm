// .max({propertyPath}): last value in ascending type-aware order
ALERT("numbers: "+_show([3; 17; -2; 8].max()))
ALERT("texts: "+_show(["pear"; "Apple"; "zucchini"; "Fig"].max()))
ALERT("dates: "+_show([!2020-01-01!; !2024-06-30!; !2022-03-03!].max()))
ALERT("booleans: "+_show([False; True; False].max()))
ALERT("mixed -> in the last type group: "+_show([5; "z"; True; !2001-01-01!; 99].max()))
ALERT("numbers beat texts: "+_show(["zzz"; 1; Null].max()))
ALERT("objects: last object wins: "+_show([1; {n: "a"}; {n: "b"}].max()))
ALERT("empty: "+_show([].max()))
ALERT("only nulls: "+_show([Null; Null].max()))
var $staff : Collection
$staff:=[{name: "Ann"; pay: 100}; {name: "Zoe"; pay: 250}; {name: "Bob"}; {name: "Cid"; pay: 180}]
ALERT("path: "+_show($staff.max("pay")))
ALERT("text path: "+_show($staff.max("name")))
ALERT("path absent: "+_show($staff.max("bonus")))
Try
	$staff.max(1)
Catch
	ALERT("numeric path: "+_err)
End try
$staff.max([])
ALERT("not reached")
