#DECLARE($first : Text; ... : Integer) : Boolean
return True
