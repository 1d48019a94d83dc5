// JSON Stringify: scalars, objects, collections, compact and pretty (*) forms.
// scalars
ALERT(JSON Stringify("plain"))
ALERT(JSON Stringify("quote \" backslash \\"))
ALERT(JSON Stringify("line1\nline2\ttab\rcr"))
ALERT(JSON Stringify("é ü 漢"))
ALERT(JSON Stringify(Char(1)+Char(31)))
ALERT(JSON Stringify(120))
ALERT(JSON Stringify(-0.25))
ALERT(JSON Stringify(1234567.5))
ALERT(JSON Stringify(True))
ALERT(JSON Stringify(Null))
ALERT(JSON Stringify(""))
// a time is a number of seconds
ALERT(JSON Stringify(?01:02:03?))
// inside an object, a time is stored as milliseconds
ALERT(JSON Stringify(New object("t"; ?00:00:02?)))
// a pointer is replaced by the value it points to, read at stringify time
var $v : Text
var $withPointer : Object
$v:="pointed"
$withPointer:=New object("p"; ->$v)
ALERT(JSON Stringify($withPointer))
$v:="changed"
ALERT(JSON Stringify($withPointer))
ALERT(JSON Stringify(->$v))
// compact form: no spaces; key order is definition order
var $o : Object
$o:=New object("id"; 7; "name"; "Zoé"; "tags"; New collection("x"; "y"); "address"; New object("city"; "Lyon"; "zip"; "69001"); "none"; Null; "ok"; True)
ALERT(JSON Stringify($o))
// pretty print: a tab per level, ": " after keys
ALERT(JSON Stringify($o; *))
ALERT(JSON Stringify(New collection(1; New collection(2; 3); New object("a"; New collection())); *))
// empty containers
ALERT(JSON Stringify(New object)+" "+JSON Stringify(New collection)+" "+JSON Stringify(New object; *)+" "+JSON Stringify(New collection; *))
// a scalar with * is unchanged
ALERT(JSON Stringify("x"; *)+" "+JSON Stringify(5; *))
// a collection with null elements
var $c : Collection
$c:=New collection
$c[2]:="third"
ALERT(JSON Stringify($c))
