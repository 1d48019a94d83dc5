// Uses This before Super(): error -10743.
Class extends Vehicle

Class constructor()
	This.early:=True
	Super("late")
