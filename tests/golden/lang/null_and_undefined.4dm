// Null and Undefined: comparisons, Undefined(), writes of undefined values.
var $o : Object
var $v : Variant
$o:={a: Null; n: 5; t: "x"}
ALERT(String(Undefined($o.missing)))
ALERT(String(Undefined($o.a)))
ALERT(String($o.missing=Null))
ALERT(String($o.a=Null))
ALERT(String(Null=Null))
ALERT(String(Null=42))
ALERT(String(Null#42))
ALERT(String($v<42))
$o.missing:=$v
ALERT(String(OB Is defined($o; "missing")))
$o.n:=$v
ALERT(String($o.n))
$o.t:=$v
ALERT("["+$o.t+"]")
var $x : Object
ALERT(String(Undefined($x.a)))
If ($o.nothing)
	ALERT("wrong")
Else
	ALERT("undefined condition is false")
End if
