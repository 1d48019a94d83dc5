// Super(...) in constructors and Super.fn() in functions, and the errors 4D raises:
// -10743 This before Super(), -10746 Super() twice / outside a constructor,
// -10748 a constructor that never calls Super().
var $s : cs.SportsCar
$s:=cs.SportsCar.new("Lotus"; 2)
ALERT("Super(args) reached Vehicle: "+$s.brand+" "+String($s.wheels))
ALERT("Super.kind(): "+$s.kind())
ALERT("Super.honk() from the grandparent: "+$s.honk())
ALERT("Super.label() keeps This: "+$s.parentLabel())
ALERT("Super.describe(): "+$s.describe())
var $o : Object
Try
	$o:=cs.BadSuperThis.new()
Catch
	ALERT("This before Super: error "+String(Last errors[0].errCode))
End try
Try
	$o:=cs.BadSuperTwice.new()
Catch
	ALERT("Super twice: error "+String(Last errors[0].errCode))
End try
Try
	$o:=cs.BadNoSuper.new(1)
Catch
	ALERT("no Super: error "+String(Last errors[0].errCode))
End try
var $f : cs.BadSuperInFunction
$f:=cs.BadSuperInFunction.new("f")
ALERT("inherited constructor: "+$f.brand)
Try
	$f.again()
Catch
	ALERT("Super() in a function: error "+String(Last errors[0].errCode))
End try
Try
	$f.missing()
Catch
	ALERT("Super.fly(): error "+String(Last errors[0].errCode))
End try
Try
	Super("main")
Catch
	ALERT("Super() in a method: error "+String(Last errors[0].errCode))
End try
ALERT("Super in a method is null: "+String(Super=Null))
