// `property` declares a class property only at the start of a line; anywhere else it is
// a plain name, here a process variable used as a loop variable.
var $o : Object
$o:={first: "ann"; last: "lee"; age: 3}
For each(property; $o)
	If(Value type($o[property])=Is text)
		$o[property]:=Uppercase($o[property])
	End if
End for each
ALERT(JSON Stringify($o))
ALERT("last key: "+property)
