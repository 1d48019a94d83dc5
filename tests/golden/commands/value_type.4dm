// Value type: the type of the evaluated value (properties, elements, expressions).
var $o : Object
$o:=New object("n"; 42; "t"; "x"; "b"; False; "z"; Null; "d"; !2020-01-01!; "h"; ?00:00:01?; "c"; New collection(); "o"; New object; "f"; Formula(1))
var $k : Text
For each ($k; OB Keys($o))
	ALERT($k+": "+String(Value type($o[$k])))
End for each
ALERT("missing property: "+String(Value type($o.missing)))
ALERT("property of a missing property: "+String(Value type($o.missing.deeper)))
// collection elements
var $c : Collection
$c:=New collection(1; "a"; Null; True; New collection; New object)
ALERT("elements: "+$c.map(Formula(String(Value type($1.value)))).join(" "))
ALERT("past the end with .at(): "+String(Value type($c.at(10))))
// expressions and variables
ALERT("1/3: "+String(Value type(1/3))+", \"a\"+\"b\": "+String(Value type("a"+"b"))+", 1=1: "+String(Value type(1=1)))
ALERT("date arithmetic: "+String(Value type(!2020-01-01!+1))+", date difference: "+String(Value type(!2020-01-02!-!2020-01-01!)))
ALERT("time arithmetic: "+String(Value type(?01:00:00?+?00:00:01?)))
var $p : Pointer
var $x : Real
$p:=->$x
ALERT("pointer: "+String(Value type($p))+", dereferenced: "+String(Value type($p->)))
var $blob : Blob
ALERT("blob: "+String(Value type($blob)))
var $v : Variant
ALERT("variant never assigned: "+String(Value type($v)))
$v:="now text"
ALERT("variant holding text: "+String(Value type($v)))
$v:=New collection
ALERT("variant holding a collection: "+String(Value type($v)))
// an array evaluates to its current element number (a number)
ARRAY TEXT($names; 3)
ALERT("array: "+String(Value type($names)))
ALERT("array element: "+String(Value type($names{1})))
// a method result
ALERT("method result: "+String(Value type(_greet("a"; "b"))))
