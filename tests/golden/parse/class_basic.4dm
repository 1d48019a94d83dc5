Class extends Shape

property name : Text
property width; height : Real
property count : Integer:=0
property tags := []

Class constructor($name : Text; $side : Real)
	Super($side; $side)
	This.name:=$name

Function area() -> $area : Real
	$area:=This.width*This.height

Function get label() : Text
	return This.name+" square"

Function set label($value : Text)
	This.name:=$value

Function describe($prefix : Text; ... : Text)
	var $t : Text
	$t:=$prefix+This.label
