// Integer and Real: declared types convert; numbers in objects are Real.
var $i : Integer
var $r : Real
$i:=3.7
ALERT(String($i))
ALERT(String(Value type($i)=Is longint))
$r:=7
ALERT(String(Value type($r)=Is real))
var $o : Object
$o:={value: 42}
ALERT(String(Value type($o.value)=Is real))
ALERT(String(Value type("x")=Is text))
ALERT(String(Value type(Null)=Is null))
ALERT(String(Value type($o.nope)=Is undefined))
ALERT(String(Value type([])=Is collection))
ALERT(String(Value type($o)=Is object))
ALERT(String(Value type(!2024-01-01!)=Is date))
ALERT(String(Value type(?01:00:00?)=Is time))
ALERT(String(Value type(True)=Is Boolean))
