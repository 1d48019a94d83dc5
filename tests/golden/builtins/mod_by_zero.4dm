// Mod with a zero divisor is an error that stops the method
ALERT(String(Mod(10; 4)))
ALERT(String(Mod(10; 0)))
ALERT("not reached")
