// .copy(ck shared; groupWith) and OB Copy(...; ck shared; groupWith): the copy, with its
// shared children, joins groupWith's group, so it can be stored into it under one Use.
var $left; $right; $copy : Collection
$left:=New shared collection(New shared object("name"; "ann"); New shared collection(1; 2))
$right:=New shared collection(New shared object("name"; "bob"))
$copy:=$left.copy(ck shared; $right)
ALERT(String(OB Is shared($copy)))
ALERT(String(OB Is shared($copy[0])))
Use ($right)
	$right.combine($copy)
	$right.push($copy)
End use
ALERT(JSON Stringify($right))
// The originals keep their own group: still usable on their own.
Use ($left)
	$left[0].name:="ann2"
End use
ALERT($copy[0].name)
// OB Copy with a group: an object holding shared objects and collections.
var $holder; $obj; $dup : Object
$holder:=New shared object
$obj:=New shared object("inner"; New shared object("k"; 1); "list"; New shared collection("a"))
$dup:=OB Copy($obj; ck shared; $holder)
Use ($holder)
	$holder.dup:=$dup
	$holder.inner:=$dup.inner
End use
ALERT(JSON Stringify($holder))
// Without a group the copy has a group of its own: storing a grouped copy elsewhere fails.
var $alone : Collection
$alone:=$left.copy(ck shared)
Try
	Use ($right)
		$right.push($alone)
	End use
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
// A groupWith that is not shared is refused.
Try
	$alone:=$left.copy(ck shared; New collection)
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
