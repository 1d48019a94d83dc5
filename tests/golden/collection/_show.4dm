#DECLARE($v : Variant) : Text
Case of
	: (Value type($v)=Is undefined)
		return "undefined"
	: (Value type($v)=Is date)
		return "date "+String($v; ISO date)
	Else
		return JSON Stringify($v)
End case
