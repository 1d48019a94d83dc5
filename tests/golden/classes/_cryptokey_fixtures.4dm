// Fixtures for the cryptokey goldens, made once with the openssl command line tool
// (OpenSSL 3.0): throwaway keys for tests only, a message, signatures of it and an
// RSA-OAEP (SHA-256) ciphertext. Returns them in an object.
#DECLARE() : Object
var $f : Object
$f:={}
$f.message:="fourd CryptoKey test"
// PKCS#1 RSA private key (1024 bits), its public key and its PKCS#8 form.
$f.rsaPkcs1:=""+\
	"-----BEGIN RSA PRIVATE KEY-----\n"+\
	"MIICXgIBAAKBgQDJsbfQlSB5laRSbzBaSXLB/M9y4ceyqWhK0TTdWxK7hQBuHDCY\n"+\
	"Jv8wQHHxGTABNcoPiyRv0IQq17e49N21drC4YcADzc7GUPOgmxK/nagrlLjDeWYt\n"+\
	"S2KA6helq3pCKKuxPD6SimuGAtsy6a2AORHWg9+PbYfY8qJCqWgRXrOawQIDAQAB\n"+\
	"AoGBAMRXou8EHQb/K2WsI8/grDw3lOLq8/HyhDpBCktp+wRc5xxJiOy1GbqpIcJo\n"+\
	"mJi0+izDcQcAX4ktUgZVKPcbwc8gW7JmdM6dNYhleuTIrlvBfG+YoEhu0A/hVO4K\n"+\
	"YK5QO1C1g2ETHO4e/xjQQkQoTDZm8LZw5NDwxVEkT7GVXeYhAkEA9f/8Jszw/XPO\n"+\
	"veid8MHhyXZlstnVX5B43Htm/K5WMvxPhkir9Rez/4euGVaMOfyyU1q7WwWRtXGz\n"+\
	"xRn/9qmgjQJBANHkqZhKuRvqTzk52iOpbjCBi566HZzdgUEOtnCGb4X3SOzcic77\n"+\
	"O1iCnsdCONXe+885KwdAmYIiXqcuQYm/WAUCQQCuCS090g3Icc7Y4iIi+zeezOmE\n"+\
	"D8J5+n7XFWK17yzCo2gri2xEWEGazUWpXWaVe6Y5fF5CNf1wzYEuN4ez3SvdAkEA\n"+\
	"iAyfoYdN1Tpbf8xwCQ2ZzvcpeQlKiJNLZNAUkXuSblOLgXyyFufh381K/f1+uaJ/\n"+\
	"tiJoMZs95YxBrjvdX1wXwQJAA4i5t6iai0LEJWrIsNby+lr2cPrdv75UXle6FKM6\n"+\
	"sXLWxhPJRqfXUyrxzaDuwQdvbo3UIVovdmjguJprzK9fsg==\n"+\
	"-----END RSA PRIVATE KEY-----\n"
$f.rsaPublic:=""+\
	"-----BEGIN PUBLIC KEY-----\n"+\
	"MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDJsbfQlSB5laRSbzBaSXLB/M9y\n"+\
	"4ceyqWhK0TTdWxK7hQBuHDCYJv8wQHHxGTABNcoPiyRv0IQq17e49N21drC4YcAD\n"+\
	"zc7GUPOgmxK/nagrlLjDeWYtS2KA6helq3pCKKuxPD6SimuGAtsy6a2AORHWg9+P\n"+\
	"bYfY8qJCqWgRXrOawQIDAQAB\n"+\
	"-----END PUBLIC KEY-----\n"
$f.rsaPkcs8:=""+\
	"-----BEGIN PRIVATE KEY-----\n"+\
	"MIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBAMmxt9CVIHmVpFJv\n"+\
	"MFpJcsH8z3Lhx7KpaErRNN1bEruFAG4cMJgm/zBAcfEZMAE1yg+LJG/QhCrXt7j0\n"+\
	"3bV2sLhhwAPNzsZQ86CbEr+dqCuUuMN5Zi1LYoDqF6WrekIoq7E8PpKKa4YC2zLp\n"+\
	"rYA5EdaD349th9jyokKpaBFes5rBAgMBAAECgYEAxFei7wQdBv8rZawjz+CsPDeU\n"+\
	"4urz8fKEOkEKS2n7BFznHEmI7LUZuqkhwmiYmLT6LMNxBwBfiS1SBlUo9xvBzyBb\n"+\
	"smZ0zp01iGV65MiuW8F8b5igSG7QD+FU7gpgrlA7ULWDYRMc7h7/GNBCRChMNmbw\n"+\
	"tnDk0PDFUSRPsZVd5iECQQD1//wmzPD9c8696J3wweHJdmWy2dVfkHjce2b8rlYy\n"+\
	"/E+GSKv1F7P/h64ZVow5/LJTWrtbBZG1cbPFGf/2qaCNAkEA0eSpmEq5G+pPOTna\n"+\
	"I6luMIGLnrodnN2BQQ62cIZvhfdI7NyJzvs7WIKex0I41d77zzkrB0CZgiJepy5B\n"+\
	"ib9YBQJBAK4JLT3SDchxztjiIiL7N57M6YQPwnn6ftcVYrXvLMKjaCuLbERYQZrN\n"+\
	"RaldZpV7pjl8XkI1/XDNgS43h7PdK90CQQCIDJ+hh03VOlt/zHAJDZnO9yl5CUqI\n"+\
	"k0tk0BSRe5JuU4uBfLIW5+HfzUr9/X65on+2Imgxmz3ljEGuO91fXBfBAkADiLm3\n"+\
	"qJqLQsQlasiw1vL6WvZw+t2/vlReV7oUozqxctbGE8lGp9dTKvHNoO7BB29ujdQh\n"+\
	"Wi92aOC4mmvMr1+y\n"+\
	"-----END PRIVATE KEY-----\n"
// SEC1 EC private key on prime256v1, preceded by its EC PARAMETERS block, and its public key.
$f.ecSec1:=""+\
	"-----BEGIN EC PARAMETERS-----\n"+\
	"BggqhkjOPQMBBw==\n"+\
	"-----END EC PARAMETERS-----\n"+\
	"-----BEGIN EC PRIVATE KEY-----\n"+\
	"MHcCAQEEINEB4WW2R8ASOG5VdbtsHtBzRJTVMbZfZM41n0uvJIheoAoGCCqGSM49\n"+\
	"AwEHoUQDQgAERTC1a/+HokwrdeJxoK6G6TqDFv4yEVuGsRFf5zEd8TKJ8IhCjKCO\n"+\
	"IUNPQm896kxngKoXSLR9Ey/p28woDcD5Gw==\n"+\
	"-----END EC PRIVATE KEY-----\n"
$f.ecPublic:=""+\
	"-----BEGIN PUBLIC KEY-----\n"+\
	"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAERTC1a/+HokwrdeJxoK6G6TqDFv4y\n"+\
	"EVuGsRFf5zEd8TKJ8IhCjKCOIUNPQm896kxngKoXSLR9Ey/p28woDcD5Gw==\n"+\
	"-----END PUBLIC KEY-----\n"
// openssl dgst -sha256 -sign (PKCS#1 v1.5, Base64); the same with PSS (OpenSSL's salt length).
$f.rsaSignature:="oYOJVmhMlzUAhQLFVghALRHiz+y59HLhXwafuWZxVJwurxMklxjPKHhZNaB1G3VM4OU+9TxOdLVYoD/FFkfEaCDErzYfN8eJTyPbiAcWeansrXxMD36bGNu3MqrFoH6NjlvokQ+AIbQdxQL9T6/oLNVpzpqTHm0yh7oDTYfFaaA="
$f.pssSignature:="vIRSzURUeieIp8j6+37fZmlLzb0s6+r9i04BHLH2BnnvZwrGZeg9xd6D1twr2/qdRJ+BHuvsjXviKNopetKfYHhOYiDoiKM6KlToJaIk5PyKuJ+HvBGv8W9qobxr+nXeubgAtccw/bkmsRR8azIOLPKoNtbJwYuuOwq7f6VYiXA="
// openssl dgst -sha256 -sign with the EC key, DER converted to r||s, Base64URL.
$f.ecSignature:="BgRdYMUdpmxtu70akFYIlMwSTjlTyq7ULwg9l_3DhLQEitjwoPRa8R_1ysJMeFgQZxYJmDI7Qcnu9Wmjq_XN7w"
// openssl pkeyutl -encrypt, OAEP with SHA-256 (and MGF1 SHA-256), of "hello from openssl".
$f.oaep:="XS4Yc90O1eJqcnqqPVl6dkIqxpBAzucDkgVQUSrigvqPixj3b1FY1UFQStC9gjC5KZ40fevxDvBBQy2+mJVNmuyluRV0Q4UealebksEDZ+FFkg3cEr/fbiLTtzsHIJisVdCP6KdLANNcmyf8BT+KYpImUKyNJ2xdnEs6egZT/hE="
return $f
