// property declarations: initialisers run before the constructor, parent first; declared
// properties without initialiser are absent until assigned; each instance gets its own
// object/collection; types are inferred from the initialiser.
var $o : cs.InitOrder
$o:=cs.InitOrder.new(1)
ALERT("parent: "+JSON Stringify($o))
ALERT("declared, not assigned: "+String(OB Is defined($o; "untouched")))
$o.untouched:="now"
ALERT("assigned: "+String(OB Is defined($o; "untouched")))
var $c : cs.InitChild
$c:=cs.InitChild.new()
ALERT("child: "+JSON Stringify($c))
ALERT("inferred date: "+String(Value type($c.born)=Is date))
ALERT("no initialiser: "+String(OB Is defined($c; "nothing")))
var $o2 : cs.InitOrder
$o2:=cs.InitOrder.new(0)
ALERT("own collection: "+String($o.log.length)+" "+String($o2.log.length)+" "+String($o.log#$o2.log))
// The interpreter does not check property types (only the compiler and check syntax do).
$o2.base:="ten"
ALERT("typed property, Text stored: "+String(Value type($o2.base)=Is text))
