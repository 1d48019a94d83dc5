// OB Class: the class of instances, plain objects, class objects and formulas; Null for
// what is not an object.
var $c : cs.Car
$c:=cs.Car.new("Kia"; 5)
ALERT("instance: "+OB Class($c).name)
ALERT("is cs.Car: "+String(OB Class($c)=cs.Car))
ALERT("new from OB Class: "+OB Class($c).new("Opel"; 3).describe())
ALERT("plain object: "+OB Class({a: 1}).name)
ALERT("New object: "+OB Class(New object).name)
ALERT("shared object: "+OB Class(New shared object).name)
ALERT("class object: "+OB Class(cs.Car).name)
ALERT("formula: "+OB Class(Formula(1+1)).name)
ALERT("class function: "+OB Class($c.describe).name)
ALERT("number: "+String(OB Class(42)=Null))
ALERT("text: "+String(OB Class("Car")=Null))
ALERT("null: "+String(OB Class(Null)=Null))
var $none : Object
ALERT("unassigned object: "+String(OB Class($none)=Null))
