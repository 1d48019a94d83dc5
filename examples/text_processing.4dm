// Text processing: splitting, searching, replacing, building text.
var $csv : Text
$csv:="name;qty;price\napple;3;0.5\npear;2;0.75\nplum;10;0.2"

var $lines : Collection
$lines:=Split string($csv; "\n")
ALERT(String($lines.length)+" lines")

var $total : Real
var $line : Text
var $fields : Collection
var $report : Text
For each ($line; $lines; 1)
	$fields:=Split string($line; ";")
	$total:=$total+(Num($fields[1])*Num($fields[2]))
	$report:=$report+Uppercase($fields[0])+" "
End for each
ALERT($report)
ALERT("total: "+String($total))

ALERT(String(Position("pear"; $csv)))
ALERT(Replace string("a-b-c"; "-"; "+"))
ALERT(Substring("fourd interpreter"; 7))
ALERT(String(Length("héllo")))
ALERT(Lowercase("ÉTÉ"))
ALERT(Lowercase("ÉTÉ"; *))
