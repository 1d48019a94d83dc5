// .copy({option {; groupWith}}): deep copy, ck resolve pointers, ck shared
var $c; $k : Collection
$c:=[1; {name: "Ann"}; [2; 3]]
$k:=$c.copy()
$k[1].name:="Bob"
$k[2].push(4)
ALERT("deep copy: original "+JSON Stringify($c)+" copy "+JSON Stringify($k))
ALERT("copy is regular: "+String(OB Is shared($k)))
var $target : Text
var $p : Pointer
$target:="before"
$p:=->$target
$c:=[$p]
$k:=$c.copy()
$target:="after"
ALERT("pointer kept: "+String(Value type($k[0])=Is pointer))
$k:=$c.copy(ck resolve pointers)
ALERT("pointer resolved: "+_show($k[0]))
var $s; $s2 : Collection
$s:=New shared collection(New shared object("n"; 1))
$k:=$s.copy()
ALERT("copy of shared is not shared: "+String(OB Is shared($k))+" element "+String(OB Is shared($k[0])))
$k[0].n:=5
ALERT("and can be modified without Use: "+String($k[0].n)+" / original "+String($s[0].n))
$k:=[{a: 1}].copy(ck shared)
ALERT("ck shared: "+String(OB Is shared($k))+" element "+String(OB Is shared($k[0])))
$s2:=New shared collection
$k:=[{a: 1}].copy(ck shared; $s2)
Use ($s2)
	$s2.push($k)
End use
ALERT("grouped with $s2, pushed into it: "+JSON Stringify($s2))
Try
	Use ($s)
		$s.push($k)
	End use
Catch
	ALERT("pushed into another group: "+_err)
End try
Try
	$k:=[$p].copy(ck shared)
Catch
	ALERT("pointer into a shared copy: "+_err)
End try
$k:=[$p].copy(ck shared+ck resolve pointers)
ALERT("pointer resolved into a shared copy: "+JSON Stringify($k))
$k:=$c.copy("shared")
ALERT("not reached")
