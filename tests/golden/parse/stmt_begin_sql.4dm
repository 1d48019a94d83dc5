$x:=1
Begin SQL
	SELECT name FROM people WHERE id = :$id INTO :$names;
	-- it's 'opaque' text
End SQL
$y:=2
