// Uncaught -10746: BadSuperThis calls Super() a second time.
ALERT("before")
var $o : Object
$o:=cs.BadSuperTwice.new()
ALERT("not reached")
