// .source: the text of the formula's expression, read-only.
var $f : 4D.Function
$f:=Formula(1+2)
ALERT("["+$f.source+"]")
$f:=Formula(Length("four"))
ALERT("["+$f.source+"]")
$f:=Formula(This.a*$1)
ALERT("["+$f.source+"]")
$f:=Formula(_greet)
ALERT("["+$f.source+"]")
$f:=Formula from string("Uppercase($1)")
ALERT("["+$f.source+"]")
ALERT("type of .source: "+String(Value type($f.source)))
// a formula stored in an object keeps its source
var $o : Object
$o:=New object("f"; Formula($1+1))
ALERT("["+$o.f.source+"]")
// read-only: writing it is an error
$f.source:="2+2"
ALERT("not reached")
