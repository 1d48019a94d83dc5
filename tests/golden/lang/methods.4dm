// Project methods: #DECLARE, legacy $0/$1, missing arguments, Count parameters, variadics.
ALERT(String(_add(2; 3)))
ALERT(String(_fib(20)))
ALERT(_legacy_concat("Hello"; "world"))
ALERT("["+_legacy_concat("Hello")+"]")
_count_args(1; 2; 3)
_count_args
ALERT(String(_sum_all(1; 2; 3; 4)))
var $o : Object
$o:={n: 1}
_mutate($o)
ALERT(String($o.n))
