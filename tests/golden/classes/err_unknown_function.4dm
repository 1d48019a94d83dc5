// Uncaught -10707: calling a function the class does not define.
var $c : cs.Car
$c:=cs.Car.new("VW"; 4)
ALERT($c.kind())
ALERT($c.fly())
ALERT("not reached")
