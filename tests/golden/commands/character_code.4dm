// Character code: the code of the first character.
ALERT(String(Character code("A"))+" "+String(Character code("a"))+" "+String(Character code("Abc")))
ALERT(String(Character code("é"))+" "+String(Character code("€"))+" "+String(Character code(" ")))
ALERT(String(Character code(Char(9)))+" "+String(Character code(Char(1))))
// it tells case apart where = does not
ALERT(String("A"="a")+" "+String(Character code("A")=Character code("a")))
// a character of a text with [[ ]]
var $t : Text
$t:="xyz"
ALERT(String(Character code($t[[2]])))
