// 4D.CryptoKey with keys and data made by OpenSSL (see _cryptokey_fixtures): PKCS#1, SEC1
// and PKCS#8 PEM, signatures and an RSA-OAEP ciphertext.
var $f; $rsa; $ec; $status : Object
$f:=_cryptokey_fixtures
$rsa:=4D.CryptoKey.new({type: "PEM"; pem: $f.rsaPkcs1})
ALERT("RSA: type="+$rsa.type+" size="+String($rsa.size))
ALERT("public key as OpenSSL writes it: "+String($rsa.getPublicKey()=$f.rsaPublic))
ALERT("private key as PKCS#8, as OpenSSL writes it: "+String($rsa.getPrivateKey()=$f.rsaPkcs8))
ALERT("PKCS#1 v1.5 signature equals OpenSSL's: "+String($rsa.sign($f.message; {hash: "SHA256"})=$f.rsaSignature))
ALERT("verify OpenSSL's signature: "+String($rsa.verify($f.message; $f.rsaSignature; {hash: "SHA256"}).success))
ALERT("verify OpenSSL's PSS signature: "+String($rsa.verify($f.message; $f.pssSignature; {hash: "SHA256"; pss: True}).success))
ALERT("decrypt OpenSSL's ciphertext: "+JSON Stringify($rsa.decrypt($f.oaep; {hash: "SHA256"})))
// The public key alone verifies.
$status:=4D.CryptoKey.new({type: "PEM"; pem: $f.rsaPublic}).verify($f.message; $f.rsaSignature; {hash: "SHA256"})
ALERT("public PEM verifies: "+String($status.success))
// SEC1 EC key after an EC PARAMETERS block, with CR line ends as 4D text often has.
$ec:=4D.CryptoKey.new({type: "PEM"; pem: Replace string($f.ecSec1; "\n"; "\r")})
ALERT("EC: type="+$ec.type+" curve="+$ec.curve)
ALERT("EC public key as OpenSSL writes it: "+String($ec.getPublicKey()=$f.ecPublic))
ALERT("verify OpenSSL's ECDSA signature: "+String($ec.verify($f.message; $f.ecSignature; {hash: "SHA256"; encoding: "Base64URL"}).success))
ALERT("tampered: "+String($ec.verify($f.message+"."; $f.ecSignature; {hash: "SHA256"; encoding: "Base64URL"}).success))
ALERT("PKCS#8 EC key: same public key="+String(4D.CryptoKey.new({type: "PEM"; pem: $f.ecPublic}).getPublicKey()=$ec.getPublicKey()))
