// Length: the number of characters, ignorable characters included.
ALERT(String(Length(""))+" "+String(Length("a"))+" "+String(Length("four d")))
ALERT(String(Length("Crème brûlée")))
// control characters count
ALERT(String(Length(Char(1)))+" "+String(Length("a"+Char(0)+"b")))
// line breaks and tabs
ALERT(String(Length("a\r\nb\tc")))
// a decomposed accent is two characters
ALERT(String(Length("e"+Char(0x0301))))
// text from other commands
ALERT(String(Length(String(1/3)))+" "+String(Length(Char(65)*5))+" "+String(Length(JSON Stringify(New object("k"; 1)))))
