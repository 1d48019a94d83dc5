// Type: the declared type of a variable, array, parameter or dereferenced pointer.
var $t : Text
var $r : Real
var $i : Integer
var $d : Date
var $h : Time
var $b : Boolean
var $o : Object
var $c : Collection
var $p : Pointer
var $blob : Blob
var $pic : Picture
var $v : Variant
ALERT("Text "+String(Type($t))+", Real "+String(Type($r))+", Integer "+String(Type($i))+", Date "+String(Type($d)))
ALERT("Time "+String(Type($h))+", Boolean "+String(Type($b))+", Object "+String(Type($o))+", Collection "+String(Type($c)))
ALERT("Pointer "+String(Type($p))+", Blob "+String(Type($blob))+", Picture "+String(Type($pic))+", Variant "+String(Type($v)))
// the declared type stays, whatever the value
$v:=12
ALERT("Variant holding a number: "+String(Type($v))+" (Value type "+String(Value type($v))+")")
$o:=Null
ALERT("Object set to Null: "+String(Type($o)))
// arrays
ARRAY TEXT($at; 0)
ARRAY REAL($ar; 0)
ARRAY INTEGER($ai; 0)
ARRAY LONGINT($al; 0)
ARRAY DATE($ad; 0)
ARRAY BOOLEAN($ab; 0)
ARRAY POINTER($ap; 0)
ARRAY OBJECT($ao; 0)
ARRAY PICTURE($api; 0)
ARRAY TIME($ah; 0)
ARRAY BLOB($abl; 0)
ALERT("arrays: text "+String(Type($at))+", real "+String(Type($ar))+", integer "+String(Type($ai))+", longint "+String(Type($al))+", date "+String(Type($ad))+", boolean "+String(Type($ab)))
ALERT("arrays: pointer "+String(Type($ap))+", object "+String(Type($ao))+", picture "+String(Type($api))+", time "+String(Type($ah))+", blob "+String(Type($abl)))
// through a pointer
$p:=->$d
ALERT("dereferenced pointer to a Date: "+String(Type($p->)))
$p:=->$at
ALERT("dereferenced pointer to a Text array: "+String(Type($p->)))
// a process variable never assigned
ALERT("undefined process variable: "+String(Type(vNeverAssigned)))
