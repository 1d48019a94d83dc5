// No constructor: cs.SportsCar.new(...) runs Car's constructor.
Class extends Car

Function kind() : Text
	return "sports "+Super.kind()

Function honk() : Text
	// Car has no honk(): Super.honk() finds Vehicle's.
	return Super.honk()+Super.honk()

Function parentLabel() : Text
	// Super.label() runs Vehicle.label with This = this sports car.
	return Super.label()
