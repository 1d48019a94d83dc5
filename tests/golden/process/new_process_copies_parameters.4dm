// New process: plain objects and collections are copied, shared ones are passed by reference
var $plain : Object
var $list : Collection
var $shared : Object
var $done : Object
$plain:={count: 1}
$list:=[1; 2]
$shared:=New shared object("count"; 1)
$done:=New signal("child finished")
var $n : Integer
$n:=New process("_bump"; 0; "bumper"; $plain; $list; $shared; $done)
ALERT("started a process: "+String($n>1))
ALERT("child finished: "+String($done.wait(10)))
ALERT("plain object after: "+JSON Stringify($plain))
ALERT("plain collection after: "+JSON Stringify($list))
ALERT("shared object after: "+JSON Stringify($shared))
