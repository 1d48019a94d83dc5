// Uncaught -10707: new() on an object that is not a class.
var $o : Object
$o:={name: "Car"}
ALERT("before")
$o:=$o.new()
ALERT("not reached")
