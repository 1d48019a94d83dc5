// Uncaught -10703: a Text argument for an Integer parameter of a class function.
var $g : cs.Greeter
$g:=cs.Greeter.new()
ALERT(String($g.sum(1; 2)))
ALERT(String($g.sum(1; "two")))
ALERT("not reached")
