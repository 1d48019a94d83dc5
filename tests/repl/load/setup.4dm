// Loaded with :load; its locals stay in the session.
var $loaded : Text
$loaded:="from a file"
$total:=0
For ($i; 1; 4)
	$total:=$total+$i
End for
