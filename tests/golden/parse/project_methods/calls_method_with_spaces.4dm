// Names of the methods in the same folder glue, even when they start with a command name.
ALERT twice("hello")
$x:=ALERT twice
