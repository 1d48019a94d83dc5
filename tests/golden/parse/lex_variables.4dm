$x:=1
$1:=$2+$0
<>counter:=<>counter+1
$ok:=$x<<>limit
${$i}:=3
$p:=${2}
$o.$:=1
