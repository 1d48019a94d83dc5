// .extract(path {; ck keep null}) and .extract(path; target {; path; target ...})
var $c : Collection
$c:=[{name: "Ann"; zip: 75001}; {zip: 13001}; {name: Null; zip: 69001}; 42; {name: "Bob"; address: {city: "Lyon"}}]
ALERT("path: "+JSON Stringify($c.extract("name")))
ALERT("ck keep null: "+JSON Stringify($c.extract("name"; ck keep null)))
ALERT("nested path: "+JSON Stringify($c.extract("address.city")))
ALERT("one target: "+JSON Stringify($c.extract("name"; "who")))
ALERT("two targets: "+JSON Stringify($c.extract("name"; "who"; "zip"; "code")))
ALERT("absent path: "+JSON Stringify($c.extract("phone")))
ALERT("receiver unchanged: "+String($c.length))
Try
	$c.extract(1)
Catch
	ALERT("numeric path: "+_err)
End try
$c.extract({})
ALERT("not reached")
