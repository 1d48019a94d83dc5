// CONVERT FROM TEXT and Convert to text, with a scalar Blob and a 4D.Blob object.
var $b : Blob
CONVERT FROM TEXT("héllo"; "UTF-8"; $b)
ALERT(Convert to text($b; "UTF-8"))
var $o : 4D.Blob
CONVERT FROM TEXT("ok"; "UTF-16"; $o)
ALERT(String(OB Instance of($o; 4D.Blob)))
ALERT(String($o.size))
ALERT(Convert to text($o; "UTF-16"))
