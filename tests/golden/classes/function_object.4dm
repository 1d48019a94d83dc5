// Class functions are 4D.Function objects: typed parameters and results, .call() and
// .apply() with another This, Current method name, unknown functions (error -10707),
// wrong argument types (error -10703), results converted to the declared type.
var $g : cs.Greeter
$g:=cs.Greeter.new()
ALERT("call: "+$g.greet("Ann"))
ALERT("type: "+String(Value type($g.greet)=Is object)+" "+OB Class($g.greet).name)
ALERT("instance of 4D.Function: "+String(OB Instance of($g.greet; 4D.Function)))
ALERT(".call with another This: "+$g.greet.call({greeting: "Hi"}; "Bo"))
ALERT(".apply: "+String($g.sum.apply($g; [2; 3])))
var $f : 4D.Function
$f:=$g.greet
ALERT("held in a variable: "+$f.call($g; "Cy"))
ALERT("Current method name: "+$g.whoAmI())
ALERT("Real argument to Integer: "+String($g.sum(4.0; 2)))
ALERT("Real result to Integer: "+String(Value type($g.half(8))=Is longint)+" "+String($g.half(8)))
ALERT("missing arguments: "+$g.greet()+"|"+String($g.sum()))
ALERT("no result: "+String(Undefined($g.nothing()))+" "+String($g.touched))
ALERT("own class argument: "+$g.takeCar(cs.SportsCar.new("Mini"; 2)))
Try
	$g.fly()
Catch
	ALERT("unknown function: error "+String(Last errors[0].errCode))
End try
Try
	$g.greet(42)
Catch
	ALERT("Integer to Text: error "+String(Last errors[0].errCode))
End try
Try
	$g.sum("1"; 2)
Catch
	ALERT("Text to Integer: error "+String(Last errors[0].errCode))
End try
