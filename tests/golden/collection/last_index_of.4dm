// .lastIndexOf(toSearch {; startFrom}): scans right to left from startFrom
var $c : Collection
$c:=Split string("q,e,r,e,t,y,e,u"; ",")
ALERT("e: "+String($c.lastIndexOf("e")))
ALERT("E (case-insensitive): "+String($c.lastIndexOf("E")))
ALERT("e from 5: "+String($c.lastIndexOf("e"; 5)))
ALERT("e from 3 (match at start): "+String($c.lastIndexOf("e"; 3)))
ALERT("e from 99 -> whole: "+String($c.lastIndexOf("e"; 99)))
ALERT("e from 7 (= length-1): "+String($c.lastIndexOf("e"; 7)))
ALERT("e from -3: "+String($c.lastIndexOf("e"; -3)))
ALERT("e from -99 -> -1: "+String($c.lastIndexOf("e"; -99)))
ALERT("q from 0 -> -1: "+String($c.lastIndexOf("q"; 0)))
ALERT("q from 1: "+String($c.lastIndexOf("q"; 1)))
ALERT("wildcard: "+String($c.lastIndexOf("@")))
ALERT("absent: "+String($c.lastIndexOf("z")))
var $o : Object
$o:={}
ALERT("object by reference: "+String([$o; {}; $o; {}].lastIndexOf($o)))
ALERT("null: "+String([Null; 1; Null; 2].lastIndexOf(Null)))
ALERT("empty: "+String([].lastIndexOf(1)))
Try
	$c.lastIndexOf("e"; "three")
Catch
	ALERT("text startFrom: "+_err)
End try
$c.lastIndexOf("e"; {})
ALERT("not reached")
