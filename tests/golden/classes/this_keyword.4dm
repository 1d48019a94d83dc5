// This: the instance in constructors and functions, the holding object in formulas,
// Null in a project method run with no object; reading through it gives undefined,
// writing through it is an error.
var $g : cs.Greeter
$g:=cs.Greeter.new()
$g.greeting:="Yo"
ALERT("function: "+$g.greet("me"))
var $o : Object
$o:={n: 2; twice: Formula(This.n*2)}
ALERT("formula: "+String($o.twice()))
ALERT("main method: "+String(This=Null))
ALERT("project method: "+_this_probe)
ALERT("read through Null: "+String(Undefined(This.anything)))
Try
	This.x:=1
Catch
	ALERT("write through Null: error "+String(Last errors[0].errCode))
End try
