// Formula from string: a 4D.Function built from text, with $1..$n, This, a method name,
// and error -10737 when the text uses a local variable.
var $f : 4D.Function
$f:=Formula from string("Length($1)+$2")
ALERT("Length($1)+$2 with \"abc\"; 10: "+String($f.call(Null; "abc"; 10)))
ALERT("source kept as written: "+$f.source)
ALERT("instance of 4D.Function: "+String(OB Instance of($f; 4D.Function)))
var $o : Object
$o:=New object("first"; "Grace"; "last"; "Hopper")
$o.full:=Formula from string("This.first+\" \"+This.last")
ALERT("This in an object: "+$o.full())
$f:=Formula from string("_greet")
ALERT("a method name: "+$f.call(Null; "Alan"; "Turing"))
$f:=Formula from string("String(7*6)")
ALERT("a Text result: "+$f.call())
// process variables are fine; a local variable is error -10737
vCount:=5
$f:=Formula from string("vCount*2")
ALERT("process variable: "+String($f.call()))
var $local : Integer
$local:=3
$f:=Formula from string("$local+1")
ALERT("not reached")
