// Match regex: whole-text match, search from a start, position/length outputs, * anchoring.
// (Outputs into arrays, flags and the invalid-pattern ERROR: tests/golden/builtins/match_regex_output.4dm.)
ALERT(String(Match regex("^[A-Z][a-z]+$"; "Hello"))+" "+String(Match regex("^[A-Z][a-z]+$"; "hello")))
// the pattern is searched anywhere unless anchored
ALERT(String(Match regex("\\d+"; "abc 123 def"))+" "+String(Match regex("\\d+"; "abc def")))
// case-sensitive unless (?i)
ALERT(String(Match regex("HELLO"; "hello"))+" "+String(Match regex("(?i)HELLO"; "hello")))
// start and the position/length found
var $pos; $len : Integer
ALERT(String(Match regex("\\d+"; "a12b345"; 1; $pos; $len))+" at "+String($pos)+" length "+String($len))
ALERT(String(Match regex("\\d+"; "a12b345"; 4; $pos; $len))+" at "+String($pos)+" length "+String($len))
ALERT(String(Match regex("\\d+"; "a12b345"; 8; $pos; $len))+" at "+String($pos)+" length "+String($len))
// * : the match must begin at start
ALERT(String(Match regex("\\d+"; "a12b345"; 2; $pos; $len; *))+" "+String(Match regex("\\d+"; "a12b345"; 1; $pos; $len; *)))
// every match of a pattern
var $start : Integer
var $all : Text
$start:=1
While (Match regex("[a-z]+"; "one, two; three"; $start; $pos; $len))
	$all:=$all+Substring("one, two; three"; $pos; $len)+"|"
	$start:=$pos+$len
End while
ALERT($all)
// accented characters
ALERT(String(Match regex("é"; "Café"; 1; $pos; $len))+" "+String($pos)+" "+String(Match regex("^caf[ée]$"; "café")))
// an invalid pattern is an error
ALERT(String(Match regex("(unclosed"; "text")))
ALERT("not reached")
