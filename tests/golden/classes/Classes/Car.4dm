Class extends Vehicle

property doors : Integer:=2

Class constructor($brand : Text; $doors : Integer)
	Super($brand)
	If ($doors>0)
		This.doors:=$doors
	End if

Function kind() : Text
	return "car"

Function describe() : Text
	return Super.describe()+", "+String(This.doors)+" doors"
