// Class extends between user classes: inherited constructor, functions, computed
// properties and initialisers; overriding; This dispatches on the instance's class.
var $c : cs.Car
$c:=cs.Car.new("Fiat"; 4)
ALERT("car: "+JSON Stringify($c))
ALERT("car describe: "+$c.describe())
ALERT("car label: "+$c.label())
ALERT("car honk (inherited): "+$c.honk())
ALERT("car plate (inherited getter): "+$c.plate)
var $s : cs.SportsCar
$s:=cs.SportsCar.new("Ferrari"; 0)
ALERT("sports (Car constructor): "+JSON Stringify($s))
ALERT("sports kind: "+$s.kind())
ALERT("sports label: "+$s.label())
ALERT("sports describe (Car's): "+$s.describe())
ALERT("class chain: "+OB Class($s).name+" < "+OB Class($s).superclass.name+" < "+OB Class($s).superclass.superclass.name+" < "+OB Class($s).superclass.superclass.superclass.name)
ALERT("instance of Vehicle: "+String(OB Instance of($s; cs.Vehicle)))
ALERT("car instance of SportsCar: "+String(OB Instance of($c; cs.SportsCar)))
// An own property shadows an inherited function name only for that object.
$c.kind:="shadow"
ALERT("shadowed: "+String(Value type($c.kind))+" other car: "+cs.Car.new("Seat"; 2).kind())
