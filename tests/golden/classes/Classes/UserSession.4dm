// A session singleton (automatically shared).
session singleton Class constructor()
	This.user:="guest"
