#DECLARE($plain : Object; $list : Collection; $shared : Object; $done : Object)
$plain.count:=$plain.count+1
$list.push(3)
Use ($shared)
	$shared.count:=$shared.count+1
End use
$done.trigger()
