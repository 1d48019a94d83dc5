// Process variables are shared by the methods of a process; <> variables by all processes.
counter:=1
_bump_counter
ALERT(String(counter))
<>greeting:="hello from <>"
ALERT(<>greeting)
