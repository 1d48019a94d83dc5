// Putting a shared object into another shared object joins its group; a grouped object
// cannot move to another group (copy it with ck shared and a groupWith target instead).
// Codes: -10722 a grouped shared object stored into another group.
var $a; $b; $child; $copy : Object
$a:=New shared object
$b:=New shared object
$child:=New shared object("v"; 1)
Use ($a)
	$a.child:=$child
End use
// $child is now locked by Use($a): the same group
Use ($a)
	$child.v:=2
End use
ALERT("written under Use of its group: "+String($child.v))
Use ($b)
	Try
		$b.child:=$child
	Catch
		ALERT("other group: "+String(Last errors[0].errCode)+" "+Last errors[0].message)
	End try
	$copy:=OB Copy($child; ck shared; $b)
	$b.child:=$copy
End use
ALERT("copied into $b's group: "+JSON Stringify($b))
// Storage never groups: a value stored there can still join a group
var $free : Object
$free:=New shared object
Use (Storage)
	Storage.free:=$free
End use
Use ($b)
	$b.free:=$free
End use
ALERT("stored in Storage, then grouped with $b: "+String($b.free=Storage.free))
