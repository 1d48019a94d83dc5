// OB SET ARRAY: the property gets a collection of the array's elements; OB GET ARRAY
// fills an array back from it. An undefined object variable gets a new object.
var $o : Object
ARRAY LONGINT($nums; 3)
$nums{1}:=4
$nums{2}:=5
$nums{3}:=6
OB SET ARRAY($o; "n"; $nums)
ALERT(String(Value type($o.n)=Is collection))
ALERT(JSON Stringify($o))
$o.t:=New collection("x"; "y")
ARRAY TEXT($texts; 0)
OB GET ARRAY($o; "t"; $texts)
ALERT(String(Size of array($texts))+" "+$texts{1}+$texts{2})
ARRAY REAL($reals; 0)
OB GET ARRAY($o; "n"; $reals)
ALERT(String($reals{3}))
OB GET ARRAY($o; "missing"; $reals)
ALERT(String(Size of array($reals)))
