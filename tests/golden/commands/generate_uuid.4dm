// Generate UUID: 32 upper-case hexadecimal characters, a new one each call (pinned by FOURD_SEED).
var $a; $b : Text
$a:=Generate UUID
$b:=Generate UUID
ALERT(String(Length($a))+" "+String(Match regex("^[0-9A-F]{32}$"; $a; 1; *)))
ALERT(String($a=$b))
// version 4 (random) UUID: the 13th character is 4
ALERT(Substring($a; 13; 1))
