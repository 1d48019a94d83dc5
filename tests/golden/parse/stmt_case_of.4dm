Case of
	: ($a=1)
		$r:="one"
	: ($a=2)
		$r:="two"
	:(Value type($a)=Is text)
		$r:="text"
	: $type="car"
		$r:="car"
	Else
		$r:="other"
End case
Case of
	Else
		$r:="only else"
End case
Case of
	: (True)
End case
