// OB Get type: the type of a property's value, Is undefined when absent.
var $o : Object
$o:={n: 1.5; t: "x"; b: True; c: [1]; o: {}; z: Null; d: !2024-02-29!}
var $k : Text
For each ($k; ["n"; "t"; "b"; "c"; "o"; "z"; "d"; "missing"])
	ALERT($k+" "+String(OB Get type($o; $k)))
End for each
ALERT(String(OB Get type($o; "n")=Is real))
// As a filter callback, as the Collection page does.
var $c : Collection
$c:=[5; "a"; {x: 1}; 2]
ALERT(JSON Stringify($c.filter(Formula(OB Get type($1; "value")=$2); Is real)))
ALERT(JSON Stringify($c.filter(Formula(OB Get type($1; "value")=$2); Is object)))
// An undefined object: Is undefined, no error.
var $none : Object
ALERT(String(OB Get type($none; "a")=Is undefined))
