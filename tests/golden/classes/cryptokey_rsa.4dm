// 4D.CryptoKey with RSA keys: size, PKCS#1 v1.5 and PSS signatures, RSA-OAEP round trips.
var $key; $other; $pub; $status : Object
var $sig; $secret : Text
$key:=4D.CryptoKey.new({type: "RSA"; size: 1024})
ALERT("type="+$key.type+" size="+String($key.size)+" has curve="+String(OB Is defined($key; "curve")))
ALERT(JSON Stringify($key))
// Signatures: 1024 bits = 128 bytes = 172 Base64 characters.
$sig:=$key.sign("invoice 42"; {hash: "SHA256"})
ALERT("signature: "+String(Length($sig))+" characters")
ALERT("same signature again (PKCS#1 v1.5 is deterministic): "+String($sig=$key.sign("invoice 42"; {hash: "SHA256"})))
ALERT("verify: "+String($key.verify("invoice 42"; $sig; {hash: "SHA256"}).success))
$status:=$key.verify("invoice 43"; $sig; {hash: "SHA256"})
ALERT("tampered: success="+String($status.success)+" errors="+String($status.errors.length))
$sig:=$key.sign("invoice 42"; {hash: "SHA384"; pss: True; encoding: "Base64URL"})
ALERT("PSS: "+String($key.verify("invoice 42"; $sig; {hash: "SHA384"; pss: True; encoding: "Base64URL"}).success)+", as PKCS#1 v1.5: "+String($key.verify("invoice 42"; $sig; {hash: "SHA384"; encoding: "Base64URL"}).success))
ALERT("PSS signatures differ: "+String($sig#$key.sign("invoice 42"; {hash: "SHA384"; pss: True; encoding: "Base64URL"})))
// Encrypt with the public key, decrypt with the private key.
$secret:=$key.encrypt("Grüße, 4D!"; {hash: "SHA256"})
ALERT("ciphertext: "+String(Length($secret))+" characters")
ALERT("decrypt: "+JSON Stringify($key.decrypt($secret; {hash: "SHA256"})))
$status:=$key.decrypt($secret; {hash: "SHA512"})
ALERT("wrong hash: success="+String($status.success)+" result="+String($status.result)+" errors="+String($status.errors.length))
$secret:=$key.encrypt("aGVsbG8"; {hash: "SHA384"; encodingDecrypted: "Base64URL"; encodingEncrypted: "Base64URL"})
ALERT("Base64URL in and out: "+$key.decrypt($secret; {hash: "SHA384"; encodingEncrypted: "Base64URL"}).result+" / "+$key.decrypt($secret; {hash: "SHA384"; encodingEncrypted: "Base64URL"; encodingDecrypted: "Base64"}).result)
ALERT("no options: "+$key.decrypt($key.encrypt("defaults")).result)
// Another key cannot decrypt; a public-key-only copy encrypts for the original.
$other:=4D.CryptoKey.new({type: "RSA"; size: 1024})
ALERT("other key decrypts: "+String($other.decrypt($secret; {hash: "SHA384"; encodingEncrypted: "Base64URL"}).success))
$pub:=4D.CryptoKey.new({type: "PEM"; pem: $key.getPublicKey()})
ALERT("public PEM: type="+$pub.type+" size="+String($pub.size)+" private key=\""+$pub.getPrivateKey()+"\"")
ALERT("encrypted with public copy: "+$key.decrypt($pub.encrypt("for your eyes"; {hash: "SHA384"}); {hash: "SHA384"}).result)
Try
	$status:=$pub.decrypt($secret; {hash: "SHA512"})
Catch
	ALERT("public key decrypts: error "+String(Last errors[0].errCode))
End try
ALERT(Split string($key.getPrivateKey(); "\n")[0]+" / "+Split string($key.getPublicKey(); "\n")[0])
// A message too long for the key.
Try
	$secret:=$key.encrypt("x"*200; {hash: "SHA256"})
Catch
	ALERT("too long: error "+String(Last errors[0].errCode))
End try
// The default size.
ALERT("default size: "+String(4D.CryptoKey.new({type: "RSA"}).size))
