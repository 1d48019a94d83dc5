#DECLARE($id : Text; $signal : Object)
Use (Session.storage)
	Session.storage.hits:=Session.storage.hits+1
End use
Use ($signal)
	If (Session.id=$id)
		$signal.description:="same id"
	Else
		$signal.description:="another id"
	End if
End use
$signal.trigger()
