property a : Text
$x:=1
