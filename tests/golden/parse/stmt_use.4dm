Use (Storage)
	Storage.counter:=1
End use
Use ($shared.items)
End use
