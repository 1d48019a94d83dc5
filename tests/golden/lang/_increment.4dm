#DECLARE($p : Pointer)
$p->:=$p->+10
