// Bool: Booleans unchanged, numbers True unless 0, everything else False.
ALERT(String(Bool(True))+" "+String(Bool(False)))
ALERT(String(Bool(1))+" "+String(Bool(-0.5))+" "+String(Bool(0))+" "+String(Bool(1e-10)))
ALERT(String(Bool("True"))+" "+String(Bool("1"))+" "+String(Bool(""))+" "+String(Bool("yes")))
var $o : Object
$o:=New object("flag"; True; "n"; 2; "z"; 0; "nothing"; Null; "t"; "x")
ALERT(String(Bool($o.flag))+" "+String(Bool($o.n))+" "+String(Bool($o.z))+" "+String(Bool($o.nothing))+" "+String(Bool($o.t))+" "+String(Bool($o.missing)))
ALERT(String(Bool(!2024-01-01!))+" "+String(Bool(New object))+" "+String(Bool(New collection(1))))
ALERT(String(Bool(Null)))
// the result is a Boolean
ALERT(String(Value type(Bool("x"))))
