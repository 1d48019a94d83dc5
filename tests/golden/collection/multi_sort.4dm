// .multiSort({formula;} {colsToSort}): synchronized sort of several collections
var $c; $a; $b : Collection
$c:=[3; "b"; 1; Null; True; "a"]
$c.multiSort()
ALERT("no argument (type groups): "+JSON Stringify($c))
$c:=["C"; "A"; "B"]
$a:=[1; 2; 3]
$b:=[["x"]; ["y"]; ["z"]]
ALERT("returns receiver: "+String($c.multiSort([$a; $b])=$c))
ALERT("single level: "+JSON Stringify($c)+" "+JSON Stringify($a)+" "+JSON Stringify($b))
$c:=["Paris"; "Lyon"; "Oslo"; "Nice"; "Bergen"]
$a:=["FR"; "FR"; "NO"; "FR"; "NO"]
$b:=[2; 1; 5; 1; 4]
$a.multiSort([{collection: $b; order: ck descending}; $c])
ALERT("two levels, 2nd descending: "+JSON Stringify($a)+" "+JSON Stringify($b)+" "+JSON Stringify($c))
$c:=[{n: "Bo"; age: 30}; {n: "Al"; age: 40}; {n: "Cy"; age: 20}]
$a:=["b"; "a"; "c"]
$c.multiSort(Formula($1.value.age>$1.value2.age); [$a])
ALERT("formula (age descending): "+JSON Stringify($c.extract("n"))+" "+JSON Stringify($a))
$c:=[2; 1; 2; 1]
$a:=["w"; "x"; "y"; "z"]
$c.multiSort([$a])
ALERT("stable for equal keys: "+JSON Stringify($c)+" "+JSON Stringify($a))
var $s; $t : Collection
$s:=New shared collection(2; 1)
$t:=New shared collection("two"; "one")
$s.multiSort([$t])
ALERT("shared, without Use: "+JSON Stringify($s)+" "+JSON Stringify($t))
$c:=[3; 1; 2]
Try
	$c.multiSort([[1; 2]])
Catch
	ALERT("length mismatch: "+_err+", receiver untouched "+JSON Stringify($c))
End try
$c.multiSort([["a"; "b"; "c"]; ["a"]])
ALERT("not reached")
