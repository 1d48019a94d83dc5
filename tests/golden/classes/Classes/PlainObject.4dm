// Extends the built-in 4D.Object explicitly (the default).
Class extends 4D.Object

Function hello() : Text
	return "plain"
