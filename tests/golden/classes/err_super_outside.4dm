// Uncaught -10746: Super() in a method that is not a class constructor.
ALERT("before")
Super(1)
ALERT("not reached")
