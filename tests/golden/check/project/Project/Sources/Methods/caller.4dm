ALERT twice("hello")
If (True)
	ALERT twice("again")
End if
