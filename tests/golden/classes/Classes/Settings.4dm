// Property initialisers with objects and collections: each instance gets its own.
property options : Object:={color: "red"; sizes: [1; 2]}
property tags : Collection:=["a"]
property count : Integer:=3
property label : Text:="x"+String(1+1)

Function get total() : Integer
	return This.tags.length+This.count
