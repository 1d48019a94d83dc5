#DECLARE($a : Object; $b : Object; $holding : Object)
Use ($b)
	$holding.trigger()
	Use ($a)
		$a.done:=True
	End use
End use
