// A non-shared class: the shared keyword on a function is ignored.
Class constructor()
	This.n:=0

shared Function bump() : Integer
	This.n+=1
	return This.n
