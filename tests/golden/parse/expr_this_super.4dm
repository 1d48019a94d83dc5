$x:=This.value
This.value:=2
$r:=Super.compute(1)
Super(1; 2)
Super:C1705("a")
$s:=Super:C1706.name
