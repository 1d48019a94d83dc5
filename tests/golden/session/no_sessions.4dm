//! fourd run --session none
// A web process with scalable sessions disabled: Session is Null
ALERT("Session is Null: "+String(Session=Null))
ALERT("processes listed: "+String(Process activity.processes.length))
