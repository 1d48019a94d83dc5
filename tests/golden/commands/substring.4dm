// Substring: 1-based, numChars optional, out-of-range requests shortened.
ALERT(Substring("08/04/62"; 4; 2)+" "+Substring("Emergency"; 1; 6)+" "+Substring("Emergency"; 2))
ALERT("["+Substring("abc"; 3)+"] ["+Substring("abc"; 4)+"] ["+Substring("abc"; 2; 100)+"] ["+Substring("abc"; 2; 0)+"]")
ALERT("["+Substring(""; 1)+"] ["+Substring(""; 1; 5)+"]")
// the whole text
ALERT(Substring("whole"; 1)+" "+Substring("whole"; 1; Length("whole")))
// an accented letter is one character
ALERT(Substring("Crème"; 3; 2))
// splitting a text at a position found with Position
var $t : Text
$t:="key=value"
var $p : Integer
$p:=Position("="; $t)
ALERT(Substring($t; 1; $p-1)+" | "+Substring($t; $p+1))
