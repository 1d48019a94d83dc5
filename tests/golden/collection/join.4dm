// .join(delimiter {; ck ignore null or empty}): elements as text
var $c : Collection
$c:=[1; 25; "Paris"; Null; ""; -3]
ALERT("default: "+$c.join("|"))
ALERT("ck ignore null or empty: "+$c.join("|"; ck ignore null or empty))
ALERT("empty delimiter: "+["a"; "b"; "c"].join(""))
ALERT("long delimiter: "+["a"; "b"].join(" and "))
ALERT("one element: "+["solo"].join(","))
ALERT("empty collection: ["+[].join(",")+"]")
ALERT("only nulls, ignored: ["+[Null; ""].join(","; ck ignore null or empty)+"]")
Try
	$c.join([])
Catch
	ALERT("collection delimiter: "+_err)
End try
$c.join("-"; "x")
ALERT("not reached")
