// The same deadlock, uncaught: reported on stderr, exit code 1, and nothing hangs
var $a; $b; $holding : Object
var $p : Integer
$a:=New shared object
$b:=New shared object
$holding:=New signal
Use ($a)
	$p:=New process("_hold_b_want_a"; 0; "other"; $a; $b; $holding)
	$holding.wait(10)
	While (Process state($p)#4)
		DELAY PROCESS(Current process; 1)
	End while
	Use ($b)
	End use
End use
