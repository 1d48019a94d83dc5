// Abs: the absolute value.
ALERT(String(Abs(-3.5))+" "+String(Abs(3.5))+" "+String(Abs(0))+" "+String(Abs(-0.001)))
ALERT(String(Abs(-2147483648))+" "+String(Abs(-1/3)))
ALERT(String(Abs(-1/0)))
ALERT(String(Value type(Abs(-3))))
var $i : Integer
$i:=-7
ALERT(String(Abs($i)))
