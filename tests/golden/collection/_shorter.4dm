// Comparator (method form): $1.value goes first when its text is shorter
#DECLARE($e : Object)
$e.result:=Length(String($e.value))<Length(String($e.value2))
