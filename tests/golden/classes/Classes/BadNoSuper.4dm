// Never calls Super() although Vehicle has a constructor: error -10748.
Class extends Vehicle

Class constructor($x : Integer)
	var $y : Integer
	$y:=$x
