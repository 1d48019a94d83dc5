Class extends Solo

Class constructor()
	Super()
