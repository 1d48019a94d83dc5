//! fourd run --session web --roles tests/golden/seeds/roles.json
// A web session: Guest at first, privileges from roles.json
var $s : Object
$s:=Session
ALERT("guest: "+String($s.isGuest())+", userName: \""+$s.userName+"\"")
ALERT("info is for desktop sessions: "+String(Undefined($s.info)))
ALERT("setPrivileges(text): "+String($s.setPrivileges("simple, unknown")))
ALERT(JSON Stringify($s.getPrivileges()))
ALERT("setPrivileges(object): "+String($s.setPrivileges({roles: ["medium"]; privileges: "nothing"; userName: "Ann"})))
ALERT(JSON Stringify($s.getPrivileges())+" as "+$s.userName)
ALERT("hasPrivilege(MEDIUM): "+String($s.hasPrivilege("MEDIUM"))+", WebAdmin: "+String($s.hasPrivilege("WebAdmin")))
ALERT("setPrivileges(collection): "+String($s.setPrivileges(New collection("WebAdmin"))))
ALERT(JSON Stringify($s.getPrivileges()))
ALERT("clear: "+String($s.clearPrivileges())+", guest again: "+String($s.isGuest())+", "+JSON Stringify($s.getPrivileges()))
ALERT("idleTimeout: "+String($s.idleTimeout)+", expires "+$s.expirationDate)
$s.idleTimeout:=30
ALERT("raised to the minimum: "+String($s.idleTimeout))
$s.idleTimeout:=120
ALERT("idleTimeout: "+String($s.idleTimeout)+", expires "+$s.expirationDate)
ALERT("Process activity lists the web session: "+JSON Stringify(Process activity(Sessions only).sessions.extract("type")))
var $p : Object
$p:=Process activity(Processes only).processes[0]
ALERT("the main process serves the request: "+$p.name+", type "+String($p.type)+", url "+$p.url)
