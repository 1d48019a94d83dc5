// Match regex with position/length outputs: variables get the whole match, arrays the
// match in element 0 and the groups after it.
var $pos; $len : Integer
ALERT(String(Match regex("wor"; "Hello world"; 1; $pos; $len))+" "+String($pos)+" "+String($len))
ARRAY LONGINT($ap; 0)
ARRAY LONGINT($al; 0)
ALERT(String(Match regex("(é)ll(o)?"; "xHéllo"; 1; $ap; $al)))
ALERT(String(Size of array($ap))+": "+String($ap{0})+"/"+String($al{0})+" "+String($ap{1})+"/"+String($al{1})+" "+String($ap{2})+"/"+String($al{2}))
ALERT(String(Match regex("(?mi-s)^HELLO"; "x\nhello"; 1)))
ALERT(String(Match regex("z"; "Hello"; 1; $ap; $al))+" "+String(Size of array($ap)))
ALERT(String(Match regex("l"; "Hello"; 4; $pos; $len; *))+" "+String($pos))
ALERT(String(Match regex("l"; "Hello"; 2; $pos; $len; *)))
// an invalid pattern: ERROR is -1
ON ERR CALL("_regex_err")
ALERT(String(Match regex("hello ["; "Hello"; 1)))
ON ERR CALL("")
// ICU's \Z (end of input)
var $p; $l : Integer
ALERT(String(Match regex("^(.{1,5}|\\S{5,})(?:\\s[^\\S\\r\\n]*|\\Z)"; "Hello world"; 1; $p; $l; *))+" "+String($l))
ALERT(String(Match regex("wor\\Z"; "Hello world"; 1)))
