var $a : Text
var $b; $c; $d : Integer
var $o : cs.Person
var $f : 4D.File
var $e : cs.myComponent.Entity
var $n : Real:=1.5
var $inferred:=New collection()
var $col : Collection:=[]
var $v
var processVar : Boolean
var $p : Pointer
var $pic : Picture
var $blob : Blob
var $any : Variant
var $d1 : Date
var $t1 : Time
var $obj : Object:={}
var $1; ${2} : Text
