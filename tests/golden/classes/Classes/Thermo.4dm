// Computed properties: read-write, read-only and write-only.
property celsius : Real

Class constructor($c : Real)
	This.celsius:=$c

Function get fahrenheit() : Real
	return This.celsius*9/5+32

Function set fahrenheit($f : Real)
	This.celsius:=($f-32)*5/9

Function get kelvin() : Real
	return This.celsius+273

Function set memo($text : Text)
	This.memoLog:=String(This.memoLog)+"["+$text+"]"

Function get reading() : Text
	return String(This.celsius)+"C"

Function set reading($t : Text)
	This.celsius:=Num($t)
