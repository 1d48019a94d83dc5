property name : Text

Class constructor($name : Text)
	This.name:=$name

Function rename($name : Text)
	This.name:=Uppercase($name; *; "extra")
