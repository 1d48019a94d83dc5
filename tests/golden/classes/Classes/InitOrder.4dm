// Initialisers run before the constructor, which sees their values.
property log : Collection:=["init"]
property base : Integer:=10
property untouched : Text

Class constructor($extra : Integer)
	This.log.push("constructor saw base="+String(This.base))
	This.base+=$extra
