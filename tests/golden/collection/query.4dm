// .query(queryString {; ...value}) / (queryString; querySettings): matching object elements
var $c; $r : Collection
$c:=[{name: "Smith"; age: 45; tags: ["a"; "b"]; hired: !2002-05-22!}; {name: "Wesson"; hired: !2017-11-30!}; {name: "Winch"; age: 36; tags: ["c"]}; {name: "Sterling"; age: Null}; 7]
ALERT("literal: "+JSON Stringify($c.query("age > 40").extract("name")))
ALERT("placeholders: "+JSON Stringify($c.query("name = :1 or age = :2"; "wesson"; 36).extract("name")))
ALERT("contains: "+JSON Stringify($c.query("name = :1"; "@in@").extract("name")))
ALERT("not equal with wildcard: "+JSON Stringify($c.query("name # W@").extract("name")))
ALERT("literal @ with ===: "+JSON Stringify($c.query("name === 'W@'").extract("name")))
ALERT("null keyword: "+JSON Stringify($c.query("age = null").extract("name")))
ALERT("date: "+JSON Stringify($c.query("hired < :1"; !2010-01-01!).extract("name")))
ALERT("sub-collection []: "+JSON Stringify($c.query("tags[] = c").extract("name")))
ALERT("parentheses and not: "+JSON Stringify($c.query("not(name = S@) and (age > 30 or age = null)").extract("name")))
ALERT("IN list: "+JSON Stringify($c.query("age in [36, 45]").extract("name")))
ALERT("named placeholders: "+JSON Stringify($c.query(":att = :val"; {attributes: {att: "name"}; parameters: {val: "Smith"}}).extract("name")))
ALERT("nothing: "+JSON Stringify($c.query("age > 99")))
var $o : Object
$o:={id: 1}
ALERT("object reference via querySettings: "+String([{o: $o}; {o: {id: 1}}; {o: $o}].query("o = :v"; {parameters: {v: $o}}).length))
var $s : Collection
$s:=New shared collection(New shared object("n"; 1); New shared object("n"; 2))
$r:=$s.query("n = 2")
ALERT("from shared: "+JSON Stringify($r)+" shared "+String(OB Is shared($r)))
Try
	$c.query("age >")
Catch
	ALERT("incomplete query: "+_err)
End try
Try
	$c.query("(age > 1")
Catch
	ALERT("unclosed parenthesis: "+_err)
End try
$c.query("name = 'O'Brien'")
ALERT("not reached")
