// .last(): last element, Undefined when empty
var $c : Collection
$c:=[10; "x"; {k: 1}]
ALERT("last: "+_show($c.last()))
ALERT("empty: "+_show([].last()))
ALERT("null element: "+_show([1; Null].last()))
ALERT("single: "+_show(["only"].last()))
ALERT("shared: "+_show(New shared collection(1; 2).last()))
ALERT("same object: "+String($c.last()=$c[2]))
ALERT("receiver unchanged: "+String($c.length))
var $none : Collection
$none.last()
ALERT("not reached")
