#DECLARE($key : Text; $value : Variant) : Object
var $result : Object
OB SET($result; $key; $value)
return $result
