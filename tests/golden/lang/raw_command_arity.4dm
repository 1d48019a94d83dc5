// A command that takes its arguments unevaluated still checks how many it got (no crash).
var $r : Variant
$r:=Try(Size of array)
ALERT(Last errors[0].message)
ALERT(String(Add to date(!2020-01-01!; 1e15; 0; 0)=!00-00-00!))
ALERT(String(Add to date(!2020-01-01!; 0; 0; 1e18)=!00-00-00!))
