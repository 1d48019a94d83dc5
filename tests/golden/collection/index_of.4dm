// .indexOf(toSearch {; startFrom}): first index with the = operator, or -1
var $c : Collection
var $o : Object
$o:={v: 1}
$c:=[1; 2; "Henry"; 5; 3; "Albert"; 6; 4; "Alan"; 5; $o; Null]
ALERT("3: "+String($c.indexOf(3)))
ALERT("5 from 4: "+String($c.indexOf(5; 4)))
ALERT("wildcard al@: "+String($c.indexOf("al@")))
ALERT("exact text, other case: "+String($c.indexOf("ALAN")))
ALERT("object by reference: "+String($c.indexOf($o)))
ALERT("equal-looking object: "+String($c.indexOf({v: 1})))
ALERT("null: "+String($c.indexOf(Null)))
ALERT("absent: "+String($c.indexOf("Hello")))
ALERT("start -3: "+String($c.indexOf(5; -3)))
ALERT("start -3, only earlier: "+String($c.indexOf(1; -3)))
ALERT("start -99 -> whole: "+String($c.indexOf(1; -99)))
ALERT("start = length: "+String($c.indexOf(Null; 12)))
ALERT("empty: "+String([].indexOf(1)))
Try
	$c.indexOf(1; !2024-01-01!)
Catch
	ALERT("date startFrom: "+_err)
End try
$c.indexOf(1; [])
ALERT("not reached")
