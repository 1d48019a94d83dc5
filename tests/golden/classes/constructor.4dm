// Class constructor: arguments, missing arguments, early return, typed parameters,
// a class without a constructor, initialisers before the constructor.
var $e : cs.ArgEcho
$e:=cs.ArgEcho.new("go"; 3; True)
ALERT("all args: "+JSON Stringify($e))
$e:=cs.ArgEcho.new()
ALERT("no args: "+JSON Stringify($e))
$e:=cs.ArgEcho.new("stop"; 7)
ALERT("early return: "+JSON Stringify($e))
$e:=cs.ArgEcho.new("real"; 6.0)
ALERT("Real 6.0 to Integer: "+String($e.count))
$e:=cs.ArgEcho.new("x"; 1; False; "extra")
ALERT("extra arg counted: "+String($e.received))
var $b : cs.Bare
$b:=cs.Bare.new(1; 2)
ALERT("no constructor: "+JSON Stringify($b)+" class "+OB Class($b).name)
var $v : cs.Vehicle
$v:=cs.Vehicle.new("Volvo")
ALERT("initialiser kept: "+$v.describe())
$v:=cs.Vehicle.new("Trike"; 3)
ALERT("constructor overrides: "+$v.describe())
ALERT("distinct instances: "+String(cs.Bare.new()#cs.Bare.new()))
Try
	$e:=cs.ArgEcho.new(1; 2)
Catch
	ALERT("Integer to Text param: error "+String(Last errors[0].errCode))
End try
Try
	$e:=cs.ArgEcho.new("a"; "b")
Catch
	ALERT("Text to Integer param: error "+String(Last errors[0].errCode))
End try
