// Uncaught -10743: the constructor of BadSuperThis uses This before Super().
ALERT("before")
var $o : Object
$o:=cs.BadSuperThis.new()
ALERT("not reached")
