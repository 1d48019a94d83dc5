shared singleton Class constructor()
	This.count:=0

shared Function increment()
	This.count+=1

exposed Function getCount() : Integer
	return This.count

local Function hidden

exposed onHTTPGet Function page() : 4D.OutgoingMessage
