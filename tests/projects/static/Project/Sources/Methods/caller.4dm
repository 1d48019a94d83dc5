// Calls with static errors, one per line.
var $p : Object
$p:=cs.Person.new("Ada")
greet("Ada")
greet("Ada"; "Lovelace")
no_such_method(1)
ALERT
ALERT("a"; "b"; "c")
$p:=cs.Nobody.new()
