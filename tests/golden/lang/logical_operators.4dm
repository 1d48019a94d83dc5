// && and || short-circuit and return one of their operands; & and | are Boolean.
var $r : Variant
$r:="Hello" && "World"
ALERT($r)
$r:=0 && False
ALERT(String($r))
$r:="" || "default"
ALERT($r)
$r:=Null || "n/a"
ALERT($r)
var $o : Object
$o:={name: "Ann"}
ALERT($o.phone || "no phone")
ALERT(String(True & False))
ALERT(String(True | False))
ALERT(String(Not(True)))
ALERT(String((1=1) ? "yes" : "no"))
ALERT(([] ? "full" : "empty"))
ALERT(({a: 1} ? "full" : "empty"))
