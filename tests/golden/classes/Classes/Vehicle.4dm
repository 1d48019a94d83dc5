// Base of the Vehicle > Car > SportsCar chain (extends_user, super_call, constructor).
property wheels : Integer:=4
property brand : Text

Class constructor($brand : Text; $wheels : Integer)
	This.brand:=$brand
	If (Count parameters>=2)
		This.wheels:=$wheels
	End if

Function kind() : Text
	return "vehicle"

Function label() : Text
	// This.kind() dispatches on the instance's own class.
	return This.kind()+" "+This.brand

Function honk() : Text
	return "beep"

Function describe() : Text
	return This.brand+" on "+String(This.wheels)+" wheels"

Function get plate() : Text
	return Uppercase(Substring(This.brand; 1; 3))+"-"+String(This.wheels)
