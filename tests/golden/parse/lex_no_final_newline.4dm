$a:=1
ALERT("no newline")