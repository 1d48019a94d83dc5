$a:=1
$t:="no end
$b:=2
