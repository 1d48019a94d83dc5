// Calls Super() twice: error -10746.
Class extends Vehicle

Class constructor()
	Super("once")
	Super("twice")
