// Writing a shared object outside Use...End use: uncaught error, exit code 1
var $o : Object
$o:=New shared object("n"; 1)
$o.n:=2
ALERT("not reached")
