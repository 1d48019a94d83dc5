// A shared singleton: one instance for every process.
shared singleton Class constructor()
	This.values:=New shared object
	This.version:=1

shared Function set($key : Text; $value : Text)
	This.values[$key]:=$value
	This.version+=1

Function get($key : Text) : Text
	return This.values[$key]
