C_TEXT($t)
C_LONGINT($i; $j)
ARRAY TEXT($names; 0)
APPEND TO ARRAY($names; "x")
$names{1}:="y"
$first:=$names{1}
$n:=Size of array($names)
C_TEXT(${4})
