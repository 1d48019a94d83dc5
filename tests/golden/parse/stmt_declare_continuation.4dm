#DECLARE($a : Text; \
	$b : Object) -> $r : cs.Result
