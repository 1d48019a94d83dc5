// flatMap callback (method form): [$1.value; $1.value & $2]
#DECLARE($e : Object; $suffix : Text)
$e.result:=[$e.value; String($e.value)+$suffix]
