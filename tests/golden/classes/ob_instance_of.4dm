// OB Instance of: the class or one of its ancestors; every object is a 4D.Object; values
// that are not objects are not instances; a second parameter that is not a class is
// error -10745.
var $s : cs.SportsCar
$s:=cs.SportsCar.new("Alpine"; 2)
ALERT("own class: "+String(OB Instance of($s; cs.SportsCar)))
ALERT("parent: "+String(OB Instance of($s; cs.Car)))
ALERT("grandparent: "+String(OB Instance of($s; cs.Vehicle)))
ALERT("4D.Object: "+String(OB Instance of($s; 4D.Object)))
ALERT("unrelated: "+String(OB Instance of($s; cs.Bare)))
ALERT("child of: "+String(OB Instance of(cs.Vehicle.new("v"); cs.Car)))
ALERT("plain object: "+String(OB Instance of({}; 4D.Object))+" "+String(OB Instance of({}; cs.Bare)))
ALERT("number: "+String(OB Instance of(3; 4D.Object)))
ALERT("null: "+String(OB Instance of(Null; cs.Car)))
ALERT("collection: "+String(OB Instance of([1]; 4D.Object)))
Try
	ALERT(String(OB Instance of($s; {name: "Car"})))
Catch
	ALERT("object as class: error "+String(Last errors[0].errCode))
End try
Try
	ALERT(String(OB Instance of($s; "Car")))
Catch
	ALERT("text as class: error "+String(Last errors[0].errCode))
End try
Try
	ALERT(String(OB Instance of($s; cs.NoSuchClass)))
Catch
	ALERT("unknown class: error "+String(Last errors[0].errCode))
End try
