// .length: element count, follows changes, 0 on an undefined collection, read-only
var $c : Collection
ALERT("undefined collection: "+String($c.length))
$c:=["one"; "two"; "three"]
ALERT("three elements: "+String($c.length))
$c[4]:="five"
ALERT("after writing index 4: "+String($c.length))
ALERT("after remove(0; 3): "+String($c.remove(0; 3).length))
ALERT("nested counts as one: "+String([[1; 2; 3]].length))
var $s : Collection
$s:=New shared collection(1; 2)
ALERT("shared, no Use needed to read: "+String($s.length))
Try
	$c.length:=10
Catch
	ALERT("assigning length: "+_err)
End try
$c.length:=0
ALERT("not reached")
