// Try(expr), Try/Catch, throw, Last errors and ON ERR CALL.
var $r : Variant
$r:=Try(_fails)
ALERT(String(Undefined($r)))
ALERT(String(Last errors[0].errCode))
ALERT(Last errors[0].message)
Try
	throw(123; "custom failure")
	ALERT("not reached")
Catch
	ALERT("caught "+String(Last errors[0].errCode)+": "+Last errors[0].message)
End try
Try
	ALERT("no error")
Catch
	ALERT("not reached")
End try
ON ERR CALL("_handler")
throw(55; "handled")
ALERT("continues after the handler")
ON ERR CALL("")
var $e : Object
Try
	throw({errCode: 8; message: "Value {v} is wrong"; v: 42})
Catch
	$e:=Last errors[0]
End try
ALERT($e.message)
ALERT(String($e.errCode))
