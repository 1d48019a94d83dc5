var $x : Integer
$x:=1+
If ($x=1)
