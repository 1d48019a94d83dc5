// A base class with a property initialiser, a constructor and a computed property.
property name : Text
property sides : Integer:=0

Class constructor($name : Text)
	This.name:=$name

Function describe() : Text
	return This.name+" with "+String(This.sides)+" sides"

Function get label() : Text
	return "<"+This.name+">"
