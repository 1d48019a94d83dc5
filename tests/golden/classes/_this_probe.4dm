// Project method used by this_keyword: what does This hold here?
#DECLARE() : Text
If (This=Null)
	return "null"
End if
return "object "+JSON Stringify(This)
