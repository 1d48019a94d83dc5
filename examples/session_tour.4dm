// What a session knows about itself.
// Run with --session web, remote, stored-procedure or none to meet the other kinds.
var $session; $info : Object
var $key : Text

$session:=Session
If ($session=Null)
	ALERT("No session here (a web process with scalable sessions disabled).")
Else
	ALERT("Session "+$session.id)
	$info:=Session info($session.id)
	If ($info=Null)  // web sessions describe themselves through Process activity
		$info:=Process activity($session.id; Sessions only).sessions[0]
	End if
	For each ($key; $info)
		ALERT("  "+$key+": "+String($info[$key]))
	End for each
	ALERT("User: \""+$session.userName+"\", guest: "+String($session.isGuest()))
	ALERT("Privileges: "+JSON Stringify($session.getPrivileges()))

	// .storage is shared by every process of the session
	Use ($session.storage)
		$session.storage.visits:=Num($session.storage.visits)+1
	End use
	ALERT("Visits recorded in Session.storage: "+String(Session storage($session.id).visits))

	// Every process runs in the same session
	var $answer : Object
	$answer:=New signal
	CALL WORKER("session checker"; "_tour_check_session"; $answer)
	$answer.wait(10)
	ALERT("A worker sees "+$answer.description)
End if
