#DECLARE($go : Object)
$go.wait(10)
