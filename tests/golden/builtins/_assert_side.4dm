#DECLARE() : Boolean
ALERT("evaluated")
return False
