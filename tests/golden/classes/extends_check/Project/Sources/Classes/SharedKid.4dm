Class extends Solo

shared Class constructor()
	Super()
