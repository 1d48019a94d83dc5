// Formula captures locals by value; call, apply, This, source, method formulas.
var $f : 4D.Function
var $value : Integer
$value:=10
$f:=Formula($value*2)
$value:=20
ALERT(String($f.call()))
$f:=Formula($1+$2)
ALERT(String($f.call(Null; 3; 4)))
ALERT(String($f.apply(Null; [5; 6])))
ALERT($f.source)
var $o : Object
$o:={price: 10; quantity: 3}
$o.total:=Formula(This.price*This.quantity)
ALERT(String($o.total()))
$f:=Formula(_add)
ALERT(String($f.call(Null; 7; 8)))
$f:=Formula from string("2*21")
ALERT(String($f.call()))
