// ARRAY STRING(length; array; size): a text array (the length is ignored), and
// C_STRING(length; ...) declares texts.
ARRAY STRING(3; $names; 2)
$names{1}:="longer than three"
ALERT($names{1}+" "+String(Size of array($names))+" "+String(Type($names)=Text array))
C_STRING(31; $s; $u)
$s:="abc"
ALERT($s+"|"+$u+"|"+String(Value type($u)=Is text))
