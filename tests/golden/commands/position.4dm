// Position: first occurrence from a start, length found, * (character codes) and the
// options syntax. (Accent/case, * and start examples: tests/golden/builtins/text_search.4dm.)
ALERT(String(Position("ll"; "Willow"))+" "+String(Position("day"; "Today is the first day"; 1))+" "+String(Position("day"; "Today is the first day"; 4)))
ALERT(String(Position("DAY"; "Today is the first day"; 1; *))+" "+String(Position("DAY"; "Today is the first day"; 1)))
ALERT(String(Position("x"; "abc"))+" "+String(Position(""; ""))+" "+String(Position("a"; "")))
// a start past the end finds nothing
ALERT(String(Position("a"; "banana"; 7))+" "+String(Position("a"; "banana"; 6)))
// no @ wildcard: "ab@" is searched as is
ALERT(String(Position("ab@"; "xxabc"))+" "+String(Position("ab@"; "xxab@c")))
// lengthFound: ligatures match their spelled-out letters by default
var $len : Integer
ALERT(String(Position("œ"; "Bœuf"; 1; $len))+" length "+String($len))
ALERT(String(Position("oe"; "Bœuf"; 1; $len))+" length "+String($len))
ALERT(String(Position("æ"; "Encyclopaedia"; 1; $len))+" length "+String($len))
ALERT(String(Position("ss"; "Straße"; 1; $len))+" length "+String($len))
// with * the ligature is a different character; lengthFound is the length of find
ALERT(String(Position("oe"; "Bœuf"; 1; $len; *))+" "+String(Position("Ana"; "banana"; 1; $len; *))+" "+String(Position("ana"; "banana"; 3; $len; *))+" length "+String($len))
// ignorable characters are skipped by default, found with *
ALERT(String(Position("ab"; "a"+Char(1)+"b"))+" "+String(Position(Char(1); "a"+Char(1)+"b"; *)))
// looping over every occurrence with start and lengthFound
var $start; $at : Integer
var $found : Text
$start:=1
Repeat
	$at:=Position("AN"; "Banana bandana"; $start; $len)
	If ($at>0)
		$found:=$found+String($at)+" "
		$start:=$at+$len
	End if
Until ($at=0)
ALERT("every AN: "+$found)
// the options syntax (Strings constants)
ALERT("sk case insensitive: "+String(Position("CRÈME"; "crème"; 1; $len; sk case insensitive))+" "+String(Position("CREME"; "crème"; 1; $len; sk case insensitive)))
ALERT("sk diacritic insensitive: "+String(Position("creme"; "crème"; 1; $len; sk diacritic insensitive))+" "+String(Position("CREME"; "crème"; 1; $len; sk diacritic insensitive)))
ALERT("both: "+String(Position("CREME"; "crème"; 1; $len; sk case insensitive+sk diacritic insensitive)))
ALERT("sk strict: "+String(Position("crème"; "la crème"; 1; $len; sk strict))+" "+String(Position("Crème"; "la crème"; 1; $len; sk strict)))
ALERT("sk char codes: "+String(Position("b"; "aBb"; 1; $len; sk char codes))+" "+String(Position("b"; "aBb"; 1; $len; sk char codes+sk case insensitive)))
ALERT("sk whole word: "+String(Position("where"; "somewhere else where"; 1; $len; sk whole word))+" "+String(Position("where"; "somewhere"; 1; $len; sk whole word)))
