// .equal(collection2 {; option}): deep comparison, case-insensitive unless ck diacritical
var $a; $b : Collection
$a:=[1; "Orange"; {k: [true; "Ä"]}; Null]
$b:=[1; "ORANGE"; {k: [true; "a"]}; Null]
ALERT("default (accents and case ignored): "+String($a.equal($b)))
ALERT("ck diacritical: "+String($a.equal($b; ck diacritical)))
ALERT("same content, diacritical: "+String([1; "x"].equal([1; "x"]; ck diacritical)))
ALERT("different length: "+String([1; 2].equal([1; 2; 3])))
ALERT("different order: "+String([1; 2].equal([2; 1])))
ALERT("number vs text: "+String([1].equal(["1"])))
ALERT("null vs missing property: "+String([{a: Null}].equal([{}])))
ALERT("different keys: "+String([{a: 1}].equal([{b: 1}])))
ALERT("empty: "+String([].equal([])))
ALERT("itself: "+String($a.equal($a)))
ALERT("shared vs regular: "+String(New shared collection(1; "a").equal([1; "A"])))
Try
	$a.equal("not a collection")
Catch
	ALERT("text argument: "+_err)
End try
$a.equal({})
ALERT("not reached")
