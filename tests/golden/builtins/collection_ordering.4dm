// sort, orderBy, distinct, min and max across types
var $c : Collection
$c:=New collection("pear"; 3; Null; True; "Apple"; 1.5; False)
$c.sort()
ALERT(JSON Stringify($c))
var $p : Collection
$p:=New collection(New object("n"; "Cy"; "a"; 30); New object("n"; "al"; "a"; 25); New object("n"; "Bo"; "a"; 30))
ALERT(JSON Stringify($p.orderBy("a desc, n").extract("n")))
ALERT(JSON Stringify($p.orderBy("n").extract("n")))
ALERT(JSON Stringify($p.orderBy(New collection(New object("propertyPath"; "n"; "descending"; True))).extract("n")))
ALERT(JSON Stringify(New collection(3; 1; 2).orderBy(ck descending)))
ALERT(JSON Stringify(New collection(3; 1; 2).orderBy()))
ALERT(JSON Stringify(New collection("b"; "A"; "a"; "B"; Null).distinct()))
ALERT(JSON Stringify(New collection("b"; "A"; "a").distinct(ck diacritical)))
ALERT(JSON Stringify(New collection("x"; "y"; "x").distinct(ck count values)))
ALERT(String(New collection(4; "z"; 9).max())+" "+String(New collection(4; "z"; 9).min()))
ALERT(String($p.min("a")))
