#DECLARE($a : Integer; $b : Integer) -> $sum : Integer
$sum:=$a+$b
