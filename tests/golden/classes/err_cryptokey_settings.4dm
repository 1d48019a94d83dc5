// Uncaught -10724: 4D.CryptoKey.new() with a key type 4D does not have.
var $key : Object
ALERT("before")
$key:=4D.CryptoKey.new(New object("type"; "DSA"; "size"; 2048))
ALERT("not reached")
