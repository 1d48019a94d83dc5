QUIT 4D
ALERT("the method finishes after QUIT 4D")
