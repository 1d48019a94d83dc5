// Test callback (method form): sets $1.result to ($1.value > $2)
#DECLARE($e : Object; $limit : Real)
$e.result:=$e.value>$limit
