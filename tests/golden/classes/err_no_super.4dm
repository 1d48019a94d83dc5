// Uncaught -10748: BadNoSuper returns without calling Super(); the error is raised
// at the .new() call.
ALERT("before")
var $o : Object
$o:=cs.BadNoSuper.new(3)
ALERT("not reached")
