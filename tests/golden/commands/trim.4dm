// Trim, Trim start, Trim end: spaces, tabs and line ends at either end; the inside stays.
var $t : Text:=Char(Tab)+"  a  b "+Char(Carriage return)+Char(Line feed)
ALERT("["+Trim($t)+"]")
ALERT("["+Trim start($t)+"]")
ALERT("["+Replace string(Trim end($t); Char(Tab); "<tab>")+"]")
ALERT("["+Trim("")+"]["+Trim("   ")+"]["+Trim("x")+"]")
ALERT(String(Length(Trim(Char(160)+"y"+Char(12288)))))
