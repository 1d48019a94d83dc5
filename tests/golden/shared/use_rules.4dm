// Use nests (a counter per group); Use on a value that is not shared is an error
// Codes: -10723 Use on a value that is not shared.
var $o : Object
$o:=New shared object
Use ($o)
	Use ($o)
		$o.depth:=2
	End use
	$o.after_inner_end_use:="still locked"
End use
ALERT(JSON Stringify($o))
Try
	Use ({})
	End use
Catch
	ALERT("Use on a plain object: "+String(Last errors[0].errCode))
End try
