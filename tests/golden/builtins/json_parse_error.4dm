// JSON Parse on invalid JSON raises an error; Try catches it and Last errors reports it
var $v : Variant
$v:=Try(JSON Parse("{\"a\": 1,}"))
ALERT(String(Undefined($v)))
ALERT(String(Last errors.length>0))
ALERT("still running")
$v:=JSON Parse("[1, 2")
ALERT("not reached")
