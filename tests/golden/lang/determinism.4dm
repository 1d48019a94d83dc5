// With FOURD_NOW, FOURD_TZ, FOURD_SEED, FOURD_MACHINE and FOURD_USER pinned, runs repeat exactly.
ALERT(String(Current date=!2024-01-15!))
ALERT(String(Current time>=?10:30:00?))
ALERT(Substring(Timestamp; 1; 16))
var $id : Text
$id:=Generate UUID
ALERT(String(Length($id)))
ALERT(String($id=Uppercase($id)))
ALERT($id)
ALERT(String(Random))
ALERT(Current machine)
ALERT(Current system user)
