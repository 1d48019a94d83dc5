// Uncaught -10745: OB Instance of with a second parameter that is not a class.
var $c : cs.Car
$c:=cs.Car.new("VW"; 4)
ALERT(String(OB Instance of($c; cs.Car)))
ALERT(String(OB Instance of($c; New object)))
ALERT("not reached")
