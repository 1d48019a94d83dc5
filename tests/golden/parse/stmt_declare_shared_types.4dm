// comments may come first

#DECLARE($a; $b : Real; $c : Text; $d)
