#DECLARE($name : Text; $count : Integer) -> $result : Text
$result:=$name*$count
