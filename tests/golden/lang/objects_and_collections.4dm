// Objects and collections are references; collections are 0-based and pad with null.
var $a; $b : Object
$a:={name: "Ann"; age: 40}
$b:=$a
$b.age:=41
ALERT(String($a.age))
ALERT(String($a=$b))
ALERT(String({x: 1}={x: 1}))
$a["first name"]:="Ann Marie"
ALERT($a["first name"])
ALERT(String($a.missing=Null))
var $c : Collection
$c:=New collection("A"; "B")
$c[5]:="Z"
ALERT(String($c.length))
ALERT(String($c[3]=Null))
ALERT(String($c[0]))
var $nested : Object
$nested:={list: [1; 2; {deep: "yes"}]}
ALERT($nested.list[2].deep)
$nested.list[2].deep:="changed"
ALERT($nested.list[2].deep)
var $empty : Collection
ALERT(String($empty.length))
