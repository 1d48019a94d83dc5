$x:=@
$y:=“curly”
