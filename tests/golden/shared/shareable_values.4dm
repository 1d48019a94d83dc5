// Only scalars and shared objects/collections may be stored in a shared object;
// Storage holds only shared objects and collections.
// Codes: -10721 plain object/collection in a shared one, scalar in Storage.
var $o : Object
$o:=New shared object
Use ($o)
	$o.text:="a"
	$o.number:=1
	$o.date:=!2024-01-15!
	$o.null:=Null
	$o.child:=New shared collection("x")
	Try
		$o.plain:={a: 1}
	Catch
		ALERT("plain object: "+String(Last errors[0].errCode)+" "+Last errors[0].message)
	End try
	Try
		$o.list:=[1; 2]
	Catch
		ALERT("plain collection: "+String(Last errors[0].errCode))
	End try
End use
Try
	$o:=New shared object("plain"; {a: 1})
Catch
	ALERT("New shared object with a plain object: "+String(Last errors[0].errCode))
End try
Use (Storage)
	Try
		Storage.counter:=1
	Catch
		ALERT("scalar in Storage: "+String(Last errors[0].errCode)+" "+Last errors[0].message)
	End try
	Storage.config:=New shared object("debug"; True)
End use
ALERT(JSON Stringify(Storage))
ALERT(JSON Stringify(OB Keys($o)))
