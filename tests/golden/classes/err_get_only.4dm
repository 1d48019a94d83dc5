// Uncaught -10713: writing a computed property that has only a getter.
var $t : cs.Thermo
$t:=cs.Thermo.new(1)
ALERT(String($t.kelvin))
$t.kelvin:=5
ALERT("not reached")
