// Class functions as 4D.Function objects.
property greeting : Text:="Hello"

Function greet($who : Text) : Text
	return This.greeting+", "+$who

Function whoAmI() : Text
	return Current method name

Function sum($a : Integer; $b : Integer) : Integer
	return $a+$b

Function half($n : Real) : Integer
	return $n/2

Function takeCar($c : cs.Car) : Text
	return $c.brand

Function nothing()
	This.touched:=True
