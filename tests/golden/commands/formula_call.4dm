// .call(): This from the first argument, the other arguments as $1..$n.
var $f : 4D.Function
$f:=Formula(String(Count parameters)+" parameters")
ALERT("no argument at all: "+$f.call())
ALERT("only thisObj: "+$f.call(New object()))
ALERT("thisObj and three values: "+$f.call(Null; 1; 2; 3))
// This is the first argument; Null gives This = Null
$f:=Formula(This.x+$1)
ALERT("This.x+$1 with {x:40}; 2: "+String($f.call(New object("x"; 40); 2)))
$f:=Formula(This=Null)
ALERT("This=Null with Null: "+String($f.call(Null)))
// the same formula on two objects
var $a; $b : Object
$a:=New object("price"; 12.5; "qty"; 4)
$b:=New object("price"; 3; "qty"; 7)
$f:=Formula(This.total:=This.price*This.qty)
$f.call($a)
$f.call($b)
ALERT("totals: "+String($a.total)+" "+String($b.total))
// a formula stored in an object and called through .call with another This
$a.describe:=Formula("price "+String(This.price))
ALERT("own object: "+$a.describe())
ALERT("other object: "+$a.describe.call($b))
// parameters of every type arrive unchanged
$f:=Formula(String(Value type($1))+"/"+String(Value type($2))+"/"+String(Value type($3))+"/"+String(Value type($4)))
ALERT("types: "+$f.call(Null; "t"; !2024-03-01!; New collection(); True))
// an error inside the formula is raised at the call
$f:=Formula($1/$2)
ALERT(String($f.call(Null; 10; 4)))
ALERT(String($f.call(Null; "a"; 4)))
