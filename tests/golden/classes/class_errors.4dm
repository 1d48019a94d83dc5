// Class errors: new() on what is not a class, writing a get-only computed property,
// Super outside a class, unknown classes.
var $s : cs.Square
$s:=cs.Square.new(2)
Try
	$s.label:="changed"
Catch
	ALERT("set label: error "+String(Last errors[0].errCode))
End try
ALERT($s.label)
Try
	var $x : Object
	$x:={}.new()
Catch
	ALERT("object new: error "+String(Last errors[0].errCode))
End try
Try
	$x:=cs.NoSuchClass.new()
Catch
	ALERT("unknown class: error "+String(Last errors[0].errCode))
End try
Try
	$x:=cs.Square.area.new()
Catch
	ALERT("function new: error "+String(Last errors[0].errCode))
End try
Try
	Super.describe()
Catch
	ALERT("Super outside: error "+String(Last errors[0].errCode))
End try
Try
	Super()
Catch
	ALERT("Super() outside: error "+String(Last errors[0].errCode))
End try
