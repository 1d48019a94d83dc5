property name : Text
property born : Date

Class constructor($name : Text; $born : Date)
	This.name:=$name
	This.born:=$born

Function age($on : Date) : Integer
	return Year of($on)-Year of(This.born)
