// Formula from string cannot use local variables (error -10737).
var $x : Integer
$x:=2
var $f : 4D.Function
$f:=Try(Formula from string("$x*2"))
ALERT(String(Last errors[0].errCode))
$f:=Formula from string("$1*2")
ALERT(String($f.call(Null; 21)))
