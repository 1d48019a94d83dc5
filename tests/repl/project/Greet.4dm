#DECLARE($name : Text) -> $greeting : Text
$greeting:="Hello, "+$name+"!"
