// Uncaught -10720: a plain function of a shared class writes the instance outside Use.
var $l : cs.Ledger
$l:=cs.Ledger.new("eve")
ALERT(String($l.deposit(1)))
$l.unsafeReset()
ALERT("not reached")
