// Split string: separator excluded, options sk ignore empty strings and sk trim spaces.
// (";" with empties, both options: tests/golden/builtins/text_search.4dm.)
ALERT(JSON Stringify(Split string("a,b,c"; ",")))
ALERT(JSON Stringify(Split string("no separator here"; ",")))
ALERT(JSON Stringify(Split string("abc"; "")))
ALERT(JSON Stringify(Split string(",a,,b,"; ",")))
ALERT(JSON Stringify(Split string(",a,,b,"; ","; sk ignore empty strings)))
ALERT(JSON Stringify(Split string(" a , b ,c "; ","; sk trim spaces)))
ALERT(JSON Stringify(Split string(" a , , b "; ","; sk trim spaces)))
ALERT(JSON Stringify(Split string(" a , , b "; ","; sk trim spaces+sk ignore empty strings)))
// a separator of several characters
ALERT(JSON Stringify(Split string("one::two::three"; "::")))
ALERT(JSON Stringify(Split string("a\r\nb\r\nc"; "\r\n")))
ALERT("values: "+String(sk ignore empty strings)+" "+String(sk trim spaces))
// the result is a collection
var $parts : Collection
$parts:=Split string("3;1;2"; ";")
ALERT($parts.orderBy().join("<")+" length "+String($parts.length))
