// $t[[i]] reads and writes one character (1-based).
var $t : Text
$t:="fourd"
ALERT($t[[1]])
ALERT($t[[Length($t)]])
$t[[1]]:="F"
ALERT($t)
ALERT("["+$t[[99]]+"]")
