// Text concatenation, repetition, comparison and keyword search.
ALERT("abc"+"def")
ALERT("ab"*3)
ALERT(String("a"="A"))
ALERT(String("abc"#"ABC"))
ALERT(String("abcdefghij"="abc@"))
ALERT(String("abc@"="abcdefghij"))
ALERT(String("abcdefghij"="@abcde@fghij@"))
ALERT(String("abcfg"="abc@@fg"))
ALERT(String("apple"<"Banana"))
ALERT(String("Alpha Bravo"%"Bravo"))
ALERT(String("Alpha Bravo"%"ravo"))
var $t : Text
$t:="Hello"
$t+=" world"
ALERT($t)
$t*=2
ALERT($t)
ALERT($t[[1]]+$t[[5]])
