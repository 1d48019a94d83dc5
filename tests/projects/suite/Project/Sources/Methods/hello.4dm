ALERT("Hello from a golden method")
ALERT(Uppercase("done"))
