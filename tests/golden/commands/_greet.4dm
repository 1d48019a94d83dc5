#DECLARE($first : Text; $last : Text) : Text
If (Count parameters=2)
	return "Hi "+$first+" "+$last
End if
return "Hi nobody ("+String(Count parameters)+" parameters)"
