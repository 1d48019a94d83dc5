//! fourd run --session remote
// A remote user session, seen on the server
var $s; $act : Object
$s:=Session
ALERT(JSON Stringify($s.info))
ALERT("desktop privileges: "+String($s.hasPrivilege("x"))+" "+JSON Stringify($s.getPrivileges())+" "+String($s.setPrivileges("x"))+" "+String($s.isGuest()))
$act:=Process activity
ALERT("sessions: "+String($act.sessions.length)+", first process in it: "+String($act.processes[0].session.ID=$s.id))
ALERT("Processes only: "+String(Undefined(Process activity(Processes only).sessions))+" "+String(Undefined(Process activity(Processes only).processes[0].session)))
ALERT("by session id: "+String(Process activity($s.id).sessions.length)+", unknown id: "+String(Process activity("nope")=Null))
