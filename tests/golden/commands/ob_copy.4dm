// OB Copy: a deep copy; pointers kept or resolved; shared sources give regular copies
// unless ck shared is passed. (groupWith: tests/golden/conformance/copy_group_with.4dm)
var $o; $copy : Object
$o:=New object("name"; "Ann"; "address"; New object("city"; "Lyon"); "tags"; New collection("a"; New object("deep"; 1)))
$copy:=OB Copy($o)
$copy.address.city:="Nice"
$copy.tags[1].deep:=2
$copy.tags.push("b")
ALERT("original: "+JSON Stringify($o))
ALERT("copy: "+JSON Stringify($copy))
ALERT("same instance: "+String($copy=$o)+", same sub-object: "+String($copy.address=$o.address))
// pointers: kept as pointers by default, replaced by their target's value with True or ck resolve pointers
var $city : Text
$city:="Paris"
$o:=New object("p"; ->$city)
$copy:=OB Copy($o)
ALERT("default: value type "+String(Value type($copy.p)))
$copy:=OB Copy($o; False)
ALERT("False: value type "+String(Value type($copy.p)))
$copy:=OB Copy($o; True)
ALERT("True: value type "+String(Value type($copy.p))+" value "+$copy.p)
$copy:=OB Copy($o; ck resolve pointers)
ALERT("ck resolve pointers: value type "+String(Value type($copy.p))+" value "+$copy.p)
// the pointed value is read at copy time
$city:="Rome"
ALERT("earlier copy keeps: "+$copy.p+", the pointer now gives: "+$o.p->)
// a shared object (and its shared children) copies to a regular object
var $shared : Object
$shared:=New shared object("n"; 1; "sub"; New shared object("m"; 2))
$copy:=OB Copy($shared)
ALERT("copy of shared: shared "+String(OB Is shared($copy))+", sub shared "+String(OB Is shared($copy.sub)))
$copy.n:=10
$copy.sub.m:=20
ALERT("modified without Use: "+JSON Stringify($copy))
// ck shared: a shared copy, sub-objects and collections shared too
$copy:=OB Copy(New object("list"; New collection(1; 2); "o"; New object("k"; "v")); ck shared)
ALERT("ck shared: "+String(OB Is shared($copy))+" "+String(OB Is shared($copy.list))+" "+String(OB Is shared($copy.o)))
Use ($copy)
	$copy.list.push(3)
End use
ALERT("changed inside Use: "+JSON Stringify($copy))
// both options together
$copy:=OB Copy($o; ck resolve pointers+ck shared)
ALERT("ck resolve pointers+ck shared: "+String(OB Is shared($copy))+" "+$copy.p)
// a shared copy cannot be modified outside Use...End use
$copy.p:="Oslo"
ALERT("not reached")
