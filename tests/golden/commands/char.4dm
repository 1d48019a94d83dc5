// Char: the character of a UTF-16 code.
ALERT(Char(65)+Char(97)+Char(48)+Char(33))
ALERT(Char(233)+" "+Char(0x20AC)+" "+Char(0x03A9))
ALERT(String(Length(Char(9)))+" "+String(Character code(Char(13)))+" "+String(Character code(Char(10))))
ALERT("["+Char(32)+"]")
ALERT(String(Char(13)="\r")+" "+String(Char(10)="\n")+" "+String(Char(9)="\t"))
// building a text from codes
var $t : Text
var $i : Integer
For ($i; 0; 4)
	$t:=$t+Char(Character code("a")+$i)
End for
ALERT($t)
