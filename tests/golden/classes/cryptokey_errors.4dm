// 4D.CryptoKey errors: unusable settings (-10724), unusable options or keys (-10725).
var $key : Object
var $settings : Collection
var $s : Variant
$settings:=[{}; {type: "DSA"}; {type: "ECDSA"; curve: "secp256k1"}; {type: "RSA"; size: 100}; {type: "RSA"; size: 2048.5}; {type: "PEM"; pem: "hello"}; {type: "PEM"}; {type: "PEM"; pem: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"}; {type: 3}]
For each ($s; $settings)
	Try
		$key:=4D.CryptoKey.new($s)
		ALERT(JSON Stringify($s)+": no error")
	Catch
		ALERT(JSON Stringify($s)+": error "+String(Last errors[0].errCode)+" "+Last errors[0].message)
	End try
End for each
Try
	$key:=4D.CryptoKey.new()
Catch
	ALERT("no settings: error "+String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
$key:=4D.CryptoKey.new({type: "ECDSA"})
Try
	$s:=$key.sign("m"; {hash: "MD5"})
Catch
	ALERT("hash MD5: error "+String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$s:=$key.sign("m"; {encoding: "hex"})
Catch
	ALERT("encoding hex: error "+String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$s:=$key.encrypt("m"; {hash: "SHA256"})
Catch
	ALERT("ECDSA encrypt: error "+String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$s:=$key.decrypt("m"; {hash: "SHA256"})
Catch
	ALERT("ECDSA decrypt: error "+String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$key.type:="RSA"
Catch
	ALERT("write type: error "+String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
