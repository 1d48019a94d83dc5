// GET SYSTEM FORMAT gives an en-US system's separators and patterns.
var $t : Text
GET SYSTEM FORMAT(Decimal separator; $t)
ALERT($t)
GET SYSTEM FORMAT(Thousand separator; $t)
ALERT($t)
GET SYSTEM FORMAT(Date separator; $t)
ALERT($t)
GET SYSTEM FORMAT(Short date month position; $t)
ALERT($t)
