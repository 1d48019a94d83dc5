var $a; $b : Integer:=1
