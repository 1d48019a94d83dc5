// Inherits Thermo's computed properties and adds a read-write one with a Text type.
Class extends Thermo

Function get scale() : Text
	return "metric"

Function set scale($name : Text)
	This.lastScale:=$name
