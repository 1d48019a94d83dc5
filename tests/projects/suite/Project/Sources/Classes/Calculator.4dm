Class constructor()

Function add($a : Real; $b : Real) : Real
	return $a+$b

Function divide($a : Real; $b : Real) : Real
	If ($b=0)
		throw(1; "division by zero")
	End if
	return $a/$b
