// += -= *= /= on variables, properties and elements.
var $n : Real
$n:=10
$n+=5
$n-=3
$n*=2
$n/=4
ALERT(String($n))
var $o : Object
$o:={count: 1}
$o.count+=1
ALERT(String($o.count))
var $c : Collection
$c:=[1]
$c[0]*=10
ALERT(String($c[0]))
var $d : Date
$d:=!2024-01-01!
$d+=31
ALERT(String($d=!2024-02-01!))
