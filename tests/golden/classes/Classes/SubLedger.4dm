// A shared class extending a shared class.
Class extends Ledger

shared Class constructor($owner : Text)
	Super($owner)
	This.sub:=True

Function kind() : Text
	return "sub"
