// Error handling: Try(expr), Try/Catch, throw, Last errors, ON ERR CALL.
var $result : Variant

// Try(expr) catches any error in the expression and returns Undefined.
$result:=Try(JSON Parse("{not json"))
ALERT("Try gave undefined: "+String(Undefined($result)))

// Try/Catch: the first error jumps to Catch; Last errors describes it.
Try
	throw(501; "payment service unavailable")
	ALERT("not reached")
Catch
	ALERT("caught error "+String(Last errors[0].errCode)+": "+Last errors[0].message)
End try

// throw with an object: placeholders in the message are filled from its properties.
Try
	throw({errCode: 404; message: "No customer named {name}"; name: "Ann"})
Catch
	ALERT(Last errors[0].message)
End try

// ON ERR CALL: the handler runs, then execution continues with the next line.
ON ERR CALL("_log_error")
throw(42; "something odd")
ALERT("still running")
ON ERR CALL("")
