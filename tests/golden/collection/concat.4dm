// .concat(value {; ...}): new collection; collection arguments contribute their elements
var $c; $r : Collection
$c:=[1; 2]
$r:=$c.concat(3)
ALERT("scalar: "+JSON Stringify($r)+", receiver "+JSON Stringify($c))
ALERT("several values: "+JSON Stringify($c.concat("a"; Null; True)))
ALERT("collections opened one level: "+JSON Stringify($c.concat([3; [4; 5]]; [6])))
ALERT("object kept as element: "+JSON Stringify($c.concat({k: "v"})))
ALERT("new collection: "+String($r#$c))
var $o : Object
$o:={n: 1}
$r:=[].concat($o)
$r[0].n:=2
ALERT("shallow (same object): "+String($o.n))
var $s : Collection
$s:=New shared collection(1)
$r:=$s.concat(2)
ALERT("from shared: "+JSON Stringify($r)+" shared "+String(OB Is shared($r)))
var $none : Collection
$none.concat(1)
ALERT("not reached")
