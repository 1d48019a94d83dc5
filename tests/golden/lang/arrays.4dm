// Arrays: declaration, elements (element 0 exists), append, insert, delete, find, sort.
ARRAY TEXT($names; 2)
$names{1}:="Ann"
$names{2}:="Bob"
APPEND TO ARRAY($names; "Cy")
ALERT(String(Size of array($names)))
ALERT($names{3})
$names{0}:="zero"
ALERT($names{0})
INSERT IN ARRAY($names; 1)
ALERT("["+$names{1}+"]"+$names{2})
DELETE FROM ARRAY($names; 1)
ALERT(String(Find in array($names; "bob")))
SORT ARRAY($names; <)
ALERT($names{1}+","+$names{2}+","+$names{3})
var $c : Collection
$c:=New collection
ARRAY TO COLLECTION($c; $names)
ALERT(String($c.length))
ARRAY LONGINT($n; 3)
$n{1}:=5
ALERT(String($n{1}+$n{2}))
