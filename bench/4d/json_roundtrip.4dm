// (i) JSON Parse/Stringify round trip of a ~10 MB document built in the program
var $items : Collection
var $i : Integer
$items:=[]
For ($i; 1; 100000)
	$items.push({id: $i; name: "item number "+String($i); price: $i/4; tags: ["a"; "b"; "c"]; ok: ($i%2=0)})
End for
var $text : Text
$text:=JSON Stringify({items: $items})
var $back : Object
$back:=JSON Parse($text)
var $again : Text
$again:=JSON Stringify($back)
ALERT(String(Length($text))+" "+String($back.items.length)+" "+String(Length($again)=Length($text)))
