//! fourd run --dump
var $session : Object
var $id : Integer
$session:=Session info($id)
