Class constructor()
	This.a:=1
