// An uncaught error stops the run with exit code 1; output before it is kept.
ALERT("before")
var $c : Collection
$c:=[1; 2]
ALERT(String($c[5]))
ALERT("after")
