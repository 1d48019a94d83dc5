ALERT:C41("hello")
$t:=Value type:C1509($v)=Is text:K8:3
$f:=[Customers:2]Name:3
$self:=This:C1470
$class:=cs:C1710.Person.new()
$file:=4D:C1709.File
QUERY BY ATTRIBUTE:C1331([Customers:2]; [Customers:2]Data:4; "city"; =; "Paris")
