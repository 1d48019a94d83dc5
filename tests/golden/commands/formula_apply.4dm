// .apply(): This from the first argument, $1..$n from a collection.
var $f : 4D.Function
$f:=Formula($1+$2+$3)
ALERT("[1;2;3]: "+String($f.apply(Null; New collection(1; 2; 3))))
ALERT("texts: "+$f.apply(Null; New collection("a"; "b"; "c")))
$f:=Formula(String(Count parameters))
ALERT("no argument: "+$f.apply())
ALERT("thisObj only: "+$f.apply(New object()))
ALERT("empty collection: "+$f.apply(Null; New collection()))
ALERT("five elements: "+$f.apply(Null; New collection(1; 2; 3; 4; 5)))
// This
var $o : Object
$o:=New object("unit"; "kg")
$f:=Formula(String($1)+" "+This.unit)
ALERT("This.unit: "+$f.apply($o; New collection(12)))
// the collection is read at call time, element by element
var $c : Collection
$c:=New collection(10; 20)
$f:=Formula($1*$2)
ALERT("10*20: "+String($f.apply(Null; $c)))
$c[1]:=3
ALERT("10*3: "+String($f.apply(Null; $c)))
// a method formula gets the collection's elements as its parameters
$f:=Formula(_greet)
ALERT($f.apply(Null; New collection("Edsger"; "Dijkstra")))
ALERT($f.apply(Null; New collection("only one")))
// the parameters must be a collection
ALERT($f.apply(Null; "Edsger"))
