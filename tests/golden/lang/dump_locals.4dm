//! run --dump
// --dump prints the declared locals of the main method after the run.
var $name : Text
var $n : Integer
var $c : Collection
$name:="Ann"
$n:=3
$c:=[1; "two"; {three: 3}]
