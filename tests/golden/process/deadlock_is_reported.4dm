// Two processes each hold a shared object and wait for the other's: 4D would hang,
// fourd raises an error in the process that would close the cycle.
var $a; $b; $holding : Object
var $p : Integer
$a:=New shared object
$b:=New shared object
$holding:=New signal
Use ($a)
	$p:=New process("_hold_b_want_a"; 0; "other"; $a; $b; $holding)
	$holding.wait(10)
	While (Process state($p)#4)  // the other process now waits for $a
		DELAY PROCESS(Current process; 1)
	End while
	Try
		Use ($b)
			ALERT("never")
		End use
	Catch
		ALERT("error "+String(Last errors[0].errCode))
		ALERT(Last errors[0].message)
	End try
End use
