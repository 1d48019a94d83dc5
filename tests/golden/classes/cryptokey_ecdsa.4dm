// 4D.CryptoKey with ECDSA keys: properties, sign/verify, encodings, PEM round trips.
var $key; $pub; $copy; $status : Object
var $sig; $url : Text
// The documentation's one-liner, as written there.
$key:=4D.CryptoKey.new(New object("type";"ECDSA";"curve";"prime256v1"))
ALERT("type="+$key.type+" curve="+$key.curve+" has size="+String(OB Is defined($key; "size")))
ALERT("shared="+String(OB Is shared($key))+" class="+OB Class($key).name+" instance="+String(OB Instance of($key; 4D.CryptoKey)))
ALERT(JSON Stringify($key))
// Sign, then verify the same message and a tampered one.
$sig:=$key.sign("pay 10 euros"; {hash: "SHA256"})
ALERT("Base64 signature: "+String(Length($sig))+" characters, padded="+String($sig="@="))
$status:=$key.verify("pay 10 euros"; $sig; {hash: "SHA256"})
ALERT("verify: "+JSON Stringify($status))
$status:=$key.verify("pay 99 euros"; $sig; {hash: "SHA256"})
ALERT("tampered: success="+String($status.success)+" errors="+String($status.errors.length)+" errCode="+String($status.errors[0].errCode))
// The hash must match between sign and verify.
ALERT("other hash: "+String($key.verify("pay 10 euros"; $sig; {hash: "SHA512"}).success))
// Base64URL: no padding, URL-safe alphabet; verify must be told.
$url:=$key.sign("pay 10 euros"; {hash: "SHA256"; encoding: "Base64URL"})
ALERT("Base64URL signature: "+String(Length($url))+" characters, has = + or /: "+String(Match regex("[=+/]"; $url; 1)))
ALERT("verify Base64URL: "+String($key.verify("pay 10 euros"; $url; {hash: "SHA256"; encoding: "Base64URL"}).success))
ALERT("garbage signature: "+String($key.verify("pay 10 euros"; "not a signature!"; {hash: "SHA256"}).success))
// Options are optional (hash SHA256, Base64).
ALERT("no options: "+String($key.verify("x"; $key.sign("x"); {hash: "SHA256"}).success))
// A Blob message signs its bytes: the same as the text's UTF-8.
var $blob : Blob
CONVERT FROM TEXT("pay 10 euros"; "UTF-8"; $blob)
ALERT("blob: "+String($key.verify($blob; $sig; {hash: "SHA256"}).success))
// PEM: header lines, public key only, private key round trip.
ALERT(Split string($key.getPrivateKey(); "\n")[0]+" / "+Split string($key.getPublicKey(); "\n")[0])
$pub:=4D.CryptoKey.new({type: "PEM"; pem: $key.getPublicKey()})
ALERT("public PEM: type="+$pub.type+" curve="+$pub.curve+" private key=\""+$pub.getPrivateKey()+"\"")
ALERT("public verifies: "+String($pub.verify("pay 10 euros"; $sig; {hash: "SHA256"}).success))
Try
	$sig:=$pub.sign("pay 10 euros"; {hash: "SHA256"})
Catch
	ALERT("public key signs: error "+String(Last errors[0].errCode))
End try
$copy:=4D.CryptoKey.new({type: "PEM"; pem: $key.getPrivateKey()})
ALERT("private PEM: same public key="+String($copy.getPublicKey()=$key.getPublicKey())+", same private key="+String($copy.getPrivateKey()=$key.getPrivateKey()))
ALERT("copy verifies original: "+String($copy.verify("m"; $key.sign("m"; {hash: "SHA384"}); {hash: "SHA384"}).success))
// Other curves and names; the default curve.
var $curve : Text
var $k : Object
For each ($curve; ["secp256r1"; "secp384r1"; "secp521r1"])
	$k:=4D.CryptoKey.new({type: "ECDSA"; curve: $curve})
	$sig:=$k.sign("m"; {hash: "SHA512"; encoding: "Base64URL"})
	ALERT($curve+" -> "+$k.curve+", signature "+String(Length($sig))+" characters, verified "+String($k.verify("m"; $sig; {hash: "SHA512"; encoding: "Base64URL"}).success))
End for each
ALERT("default curve: "+4D.CryptoKey.new({type: "ECDSA"}).curve)
// Read-only properties.
Try
	$key.curve:="secp384r1"
Catch
	ALERT("write curve: error "+String(Last errors[0].errCode))
End try
ALERT("curve still "+$key.curve)
