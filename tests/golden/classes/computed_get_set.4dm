// Function get / Function set: read-write, read-only (get only), write-only (set only),
// assigning undefined, inheritance, and computed properties are not stored.
var $t : cs.Thermo
$t:=cs.Thermo.new(100)
ALERT("get: "+String($t.fahrenheit))
$t.fahrenheit:=32
ALERT("set: celsius="+String($t.celsius))
ALERT("get-only: "+String($t.kelvin))
Try
	$t.kelvin:=0
Catch
	ALERT("write get-only: error "+String(Last errors[0].errCode))
End try
ALERT("unchanged: "+String($t.kelvin))
ALERT("set-only read is undefined: "+String(Undefined($t.memo)))
$t.memo:="a"
$t.memo:="b"
ALERT("set-only wrote: "+$t.memoLog)
$t.reading:="21"
ALERT("text getter: "+$t.reading)
// Undefined: the getter gives the type (Text), the setter gets "".
$t.reading:=$t.noSuchProperty
ALERT("after undefined: "+$t.reading)
ALERT("stored: "+JSON Stringify($t))
ALERT("keys: "+JSON Stringify(OB Keys($t)))
var $p : cs.ThermoPlus
$p:=cs.ThermoPlus.new(10)
ALERT("inherited get: "+String($p.fahrenheit)+" "+$p.scale)
$p.scale:="imperial"
ALERT("own set: "+$p.lastScale+" still "+$p.scale)
ALERT("defined: "+String(OB Is defined($p; "fahrenheit")))
