// .distinct({propertyPath;} {options}): sorted distinct values, nulls dropped
var $c : Collection
$c:=["pear"; "apple"; "Apple"; "Pear"; 3; 1; 3; Null; True; "Äpple"]
ALERT("default (case/accent-insensitive): "+JSON Stringify($c.distinct()))
ALERT("ck diacritical: "+JSON Stringify($c.distinct(ck diacritical)))
ALERT("ck count values: "+JSON Stringify($c.distinct(ck count values)))
var $o : Object
$o:={size: 1}
$c:=[$o; {size: 1}; $o]
ALERT("objects by reference: "+String($c.distinct().length))
var $items : Collection
$items:=[{size: 3}; {size: 1}; {size: "M"}; {size: 3}; {color: "red"}; {size: Null}]
ALERT("path: "+JSON Stringify($items.distinct("size")))
ALERT("path + ck count values: "+JSON Stringify($items.distinct("size"; ck count values)))
ALERT("path + both options: "+JSON Stringify([{t: "a"}; {t: "A"}; {t: "a"}].distinct("t"; ck diacritical+ck count values)))
ALERT("empty: "+JSON Stringify([].distinct()))
Try
	$items.distinct(!2024-01-01!)
Catch
	ALERT("date option: "+_err)
End try
$items.distinct("size"; "x")
ALERT("not reached")
