Class extends Shape

property size : Real

Class constructor($size : Real)
	Super("square")
	This.size:=$size
	This.sides:=4

Function area() : Real
	return This.size*This.size

Function describe() : Text
	return Super.describe()+" of size "+String(This.size)

Function get perimeter() : Real
	return This.size*4

Function set perimeter($p : Real)
	This.size:=$p/4
