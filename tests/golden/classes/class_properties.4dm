// property initialisers with objects, superclass names, 4D.Object.
var $a; $b : cs.Settings
$a:=cs.Settings.new()
$b:=cs.Settings.new()
$a.options.color:="blue"
$a.tags.push("b")
ALERT(JSON Stringify($a))
ALERT(JSON Stringify($b))
ALERT(String($a.total)+" "+String($b.total))
ALERT($a.label)
ALERT(cs.Square.superclass.name)
ALERT(cs.Shape.superclass.name)
ALERT(String(cs.Shape.superclass=4D.Object))
ALERT(String(cs.Shape.superclass.superclass=Null))
ALERT(String(OB Instance of($a; 4D.Object)))
ALERT(String(OB Instance of({}; 4D.Object)))
var $plain : Object
$plain:=4D.Object.new()
ALERT(JSON Stringify($plain))
ALERT(OB Class($plain).name)
ALERT(OB Class({}).name)
ALERT(String(cs.Settings.isShared)+" "+String(cs.Tally.isShared))
ALERT(String(cs.Counter.isSingleton))
