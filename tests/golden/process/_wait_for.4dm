#DECLARE($ready : Object; $go : Object)
$ready.trigger()
$go.wait(10)
