// A malformed query string raises an error
var $c : Collection
$c:=New collection(New object("a"; 1))
ALERT(String($c.query("a = 1").length))
ALERT(String($c.query("a = ").length))
