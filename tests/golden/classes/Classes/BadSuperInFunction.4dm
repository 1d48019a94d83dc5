// Super() in a function (not a constructor): error -10746. Super.fn() of a missing function.
Class extends Vehicle

Function again()
	Super("x")

Function missing() : Text
	return Super.fly()
