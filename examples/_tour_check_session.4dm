#DECLARE($answer : Object)
Use ($answer)
	$answer.description:="session "+Session.id
End use
$answer.trigger()
