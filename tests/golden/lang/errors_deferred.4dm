// Deferred errors (throw with deferred: True) wait for their method to end.
Try
	_throw_deferred
	ALERT("not reached: the error is raised when the method returns")
Catch
	ALERT("caught after the method ended: "+Last errors[0].message)
End try
Try
	throw({errCode: 3; message: "deferred here"; deferred: True})
	ALERT("the block runs to its end")
Catch
	ALERT("not reached: Catch does not run")
End try
ALERT(Last errors[0].message)
