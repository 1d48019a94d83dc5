#DECLARE($o : Object)
$o.n:=$o.n+1
