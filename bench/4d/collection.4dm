// (d) push 1,000,000 numbers into a collection, sort, sum in a loop
var $c : Collection
var $i : Integer
var $sum : Real
$c:=[]
For ($i; 1; 1000000)
	$c.push(($i*7919)%1000003)
End for
$c.sort()
For ($i; 0; $c.length-1)
	$sum:=$sum+$c[$i]
End for
ALERT(String($c[0])+" "+String($c[999999])+" "+String($sum))
