throw(77; "failure in a method")
