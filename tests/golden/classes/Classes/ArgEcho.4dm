// A constructor with typed parameters that records what it received.
Class constructor($text : Text; $count : Integer; $flag : Boolean)
	This.received:=Count parameters
	This.text:=$text
	This.count:=$count
	This.flag:=$flag
	If ($text="stop")
		return
	End if
	This.done:=True
