#DECLARE($name : Text)
ALERT("Hello "+$name)
