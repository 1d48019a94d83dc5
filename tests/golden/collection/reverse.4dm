// .reverse(): deep copy in reverse order; shared stays shared
var $c; $r : Collection
$c:=[1; "two"; {n: 3}; [4]]
$r:=$c.reverse()
ALERT("reversed: "+JSON Stringify($r))
ALERT("receiver unchanged: "+JSON Stringify($c))
$r[0][0]:=40
$r[1].n:=30
ALERT("deep copy: "+JSON Stringify($c))
ALERT("empty: "+JSON Stringify([].reverse()))
var $s : Collection
$s:=New shared collection(1; New shared object("k"; "v"))
$r:=$s.reverse()
ALERT("from shared: "+JSON Stringify($r)+" shared "+String(OB Is shared($r))+" element shared "+String(OB Is shared($r[0])))
ALERT("element is a copy: "+String($r[0]#$s[1]))
var $none : Collection
$none.reverse()
ALERT("not reached")
