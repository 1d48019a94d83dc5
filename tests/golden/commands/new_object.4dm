// New object: empty or prefilled; how each kind of value is stored.
var $o : Object
$o:=New object()
ALERT("empty: "+JSON Stringify($o)+" defined: "+String(OB Is defined($o))+" empty: "+String(OB Is empty($o)))
$o:=New object
ALERT("without parentheses: "+JSON Stringify($o))
// numbers are stored as reals
$o:=New object("i"; 42; "r"; 1.5; "neg"; -3)
ALERT("numbers: "+JSON Stringify($o)+" type of i: "+String(Value type($o.i)))
// a time is stored as a number of milliseconds (a Real)
$o:=New object("t"; ?01:00:30?)
ALERT("time: "+String($o.t)+" type: "+String(Value type($o.t)))
// text, Boolean, null, nested object and collection
$o:=New object("s"; "x"; "b"; True; "n"; Null; "o"; New object("k"; 1); "c"; New collection(1; "two"))
ALERT("mixed: "+JSON Stringify($o))
ALERT("types: "+String(Value type($o.s))+" "+String(Value type($o.b))+" "+String(Value type($o.n))+" "+String(Value type($o.o))+" "+String(Value type($o.c)))
// a date keeps the Date type
$o:=New object("d"; !2024-02-29!)
ALERT("date: "+String(Value type($o.d))+" "+String($o.d; ISO date))
// a pointer is kept as a pointer
var $target : Text
$target:="pointed"
$o:=New object("p"; ->$target)
ALERT("pointer: "+String(Value type($o.p))+" "+$o.p->)
// property names are case-sensitive; the last value of a repeated name wins
$o:=New object("Name"; "upper"; "name"; "lower")
ALERT("case-sensitive: "+JSON Stringify($o))
$o:=New object("k"; 1; "k"; 2)
ALERT("repeated name: "+JSON Stringify($o))
// definition order is kept
$o:=New object("z"; 1; "a"; 2; "m"; 3)
ALERT("order: "+JSON Stringify(OB Keys($o)))
// each call creates a new object
ALERT("two calls, same object: "+String(New object()=New object()))
