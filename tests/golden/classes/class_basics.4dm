// Classes: constructor, inheritance, Super, computed properties, OB Class, OB Instance of.
var $s : cs.Square
$s:=cs.Square.new(3)
ALERT($s.describe())
ALERT(String($s.area()))
ALERT($s.label)
ALERT(String($s.perimeter))
$s.perimeter:=20
ALERT(String($s.size))
ALERT(OB Class($s).name)
ALERT(OB Class($s).superclass.name)
ALERT(String(OB Instance of($s; cs.Shape)))
ALERT(String(OB Instance of($s; cs.Counter)))
var $plain : cs.Shape
$plain:=cs.Shape.new("triangle")
ALERT($plain.describe())
ALERT(String(cs.Counter.me.increment()))
ALERT(String(cs.Counter.me.increment()))
ALERT(cs.Shape.name)
