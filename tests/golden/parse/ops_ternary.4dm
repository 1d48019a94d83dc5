$x:=$c ? 1 : 2
$y:=$a>1 ? "big" : $a=1 ? "one" : "small"
$z:=($a ? $b : $c)+1
