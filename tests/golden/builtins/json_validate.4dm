// JSON Validate: an object is checked against a JSON Schema; the result has success
// and errors.
var $schema; $r : Object
$schema:=New object("type"; "object"; "required"; New collection("a"); \
	"properties"; New object("a"; New object("type"; "object"; "required"; New collection("b")); \
	"n"; New object("type"; "integer"; "minimum"; 0); \
	"tags"; New object("type"; "array"; "items"; New object("type"; "string"))))
$r:=JSON Validate(New object("a"; New object("b"; 1)); $schema)
ALERT(String($r.success)+" "+String($r.errors.length))
$r:=JSON Validate(New object("a"; New object("c"; 1)); $schema)
ALERT(String($r.success)+" "+String($r.errors.length)+" "+$r.errors[0].jsonPath)
$r:=JSON Validate(New object("x"; 1); $schema)
ALERT(String($r.success))
$r:=JSON Validate(New object("a"; New object("b"; 1); "n"; -1; "tags"; New collection("x"; 2)); $schema)
ALERT(String($r.success)+" "+String($r.errors.length)+" "+$r.errors.extract("jsonPath").join(","))
$r:=JSON Validate(New object("s"; "abc"); New object("properties"; New object("s"; New object("enum"; New collection("abc"; "d")))))
ALERT(String($r.success))
