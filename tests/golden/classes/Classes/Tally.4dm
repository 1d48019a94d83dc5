// A shared class: its instances are shared objects; shared functions take Use themselves.
shared Class constructor($start : Integer)
	This.total:=$start
	This.history:=New shared collection

shared Function add($n : Integer) : Integer
	This.total+=$n
	This.history.push($n)
	return This.total

Function peek() : Integer
	return This.total

Function bump()
	This.total+=1
