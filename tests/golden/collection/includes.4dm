// .includes(toSearch {; startFrom}): membership with the = operator
var $c; $inner : Collection
var $o : Object
$o:={v: 1}
$inner:=[1]
$c:=[1; "Henry"; 5; "Albert"; $o; Null; !2024-05-01!; $inner; False]
ALERT("number: "+String($c.includes(5)))
ALERT("text, case-insensitive: "+String($c.includes("henry")))
ALERT("wildcard: "+String($c.includes("alb@")))
ALERT("null: "+String($c.includes(Null)))
ALERT("boolean: "+String($c.includes(False)))
ALERT("date: "+String($c.includes(!2024-05-01!)))
ALERT("object by reference: "+String($c.includes($o)))
ALERT("equal-looking object: "+String($c.includes({v: 1})))
ALERT("collection by reference: "+String($c.includes($inner)))
ALERT("text \"5\" is not 5: "+String($c.includes("5")))
ALERT("startFrom 3, 5 is at 2: "+String($c.includes(5; 3)))
ALERT("startFrom -3: "+String($c.includes(False; -3)))
ALERT("startFrom -3, 1 is at 0: "+String($c.includes(1; -3)))
ALERT("startFrom -99 -> whole: "+String($c.includes(1; -99)))
ALERT("startFrom = length: "+String($c.includes(False; 9)))
ALERT("empty: "+String([].includes(Null)))
Try
	$c.includes(1; "two")
Catch
	ALERT("text startFrom: "+_err)
End try
$c.includes(1; {})
ALERT("not reached")
