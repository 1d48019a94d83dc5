$a:=-$b+1
$c:=-(1+2)
$d:=- -$e
$p:=->$x
$q:=->[Table]Field
$r:=->$arr{1}
$s:=-$o.value*2
