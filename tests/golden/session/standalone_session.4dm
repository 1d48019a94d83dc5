// The default session: one standalone session shared by every process (4D 20 R8+)
var $s; $info : Object
var $other : Object
$s:=Session
ALERT("id: 32 upper-case hex digits: "+String(Match regex("^[0-9A-F]{32}$"; $s.id; 1)))
$info:=$s.info
ALERT("info: "+JSON Stringify($info))
ALERT("info.ID = id: "+String($info.ID=$s.id))
ALERT("userName: "+$s.userName)
ALERT("storage is shared: "+String(OB Is shared($s.storage)))
ALERT("Session storage(id) is .storage: "+String(Session storage($s.id)=$s.storage))
ALERT("Session info(id): "+String(Session info($s.id).type))
ALERT("Session info(unknown): "+String(Session info("0123")=Null)+" "+String(Session storage("0123")=Null))
ALERT("hasPrivilege: "+String($s.hasPrivilege("anything")))
ALERT("getPrivileges: "+JSON Stringify($s.getPrivileges()))
ALERT("setPrivileges: "+String($s.setPrivileges("admin")))
ALERT("clearPrivileges: "+String($s.clearPrivileges()))
ALERT("isGuest: "+String($s.isGuest()))
ALERT("web-only idleTimeout: "+String(Undefined($s.idleTimeout)))
Try
	$s.id:="x"
Catch
	ALERT("id is read-only: "+String(Last errors[0].errCode))
End try
Use ($s.storage)
	$s.storage.hits:=1
End use
$other:=New signal
CALL WORKER("peer"; "_same_session"; $s.id; $other)
$other.wait(10)
ALERT("the worker's session: "+$other.description)
ALERT("storage after the worker: "+JSON Stringify($s.storage))
