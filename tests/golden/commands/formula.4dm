// Formula: the 4D.Function it builds, locals captured by value, $1..$n, This, method formulas.
var $f : 4D.Function
$f:=Formula(6*7)
ALERT("type: "+String(Value type($f))+" instance of 4D.Function: "+String(OB Instance of($f; 4D.Function)))
ALERT("called through an object: "+String(New object("f"; $f).f()))
// a local read by the formula is copied when the formula is created
var $rate : Real
$rate:=0.5
$f:=Formula($1*$rate)
$rate:=2
ALERT("captured copy: "+String($f.call(Null; 10)))
// sequential parameters from the object call syntax
var $o : Object
$o:=New object("join"; Formula($2+"-"+$1))
ALERT("parameters reversed: "+$o.join("a"; "b"))
// This is the object the formula is called on
$o:=New object("w"; 3; "h"; 4; "area"; Formula(This.w*This.h))
ALERT("This.w*This.h: "+String($o.area()))
$o.w:=10
ALERT("after w:=10: "+String($o.area()))
// bracket notation calls the formula too; without () the formula itself comes back
ALERT("bracket call: "+String($o["area"]()))
ALERT("no parentheses: "+String(Value type($o.area))+" "+$o.area.source)
// a formula made of one method: call-time arguments reach the method
$f:=Formula(_greet)
ALERT($f.call(Null; "Ada"; "Lovelace"))
ALERT($f.call())
// a formula with side effects on This
$o:=New object("n"; 1)
$o.bump:=Formula(This.n:=This.n+$1)
$o.bump(5)
$o.bump(10)
ALERT("after two bumps: "+String($o.n))
// a formula whose expression is a command call
$f:=Formula(Uppercase($1))
ALERT($f.call(Null; "shout"))
