// New collection / New shared collection: element conversions, literals, shared rules
var $c : Collection
ALERT("declared only: "+String($c=Null)+", length "+String($c.length))
$c:=New collection
ALERT("empty: "+JSON Stringify($c)+" length "+String($c.length))
$c:=New collection(7; "seven"; True; Null; ?00:00:02?; {k: 1}; [1; 2])
ALERT("mixed: "+JSON Stringify($c))
ALERT("integer stored as: "+String(Value type($c[0])=Is real))
ALERT("time stored as ms: "+String($c[4])+" real "+String(Value type($c[4])=Is real))
ALERT("date kept: "+String(Value type(New collection(!2024-03-05!)[0])=Is date))
var $p : Pointer
var $target : Text
$target:="pointed"
$p:=->$target
$c:=New collection($p)
ALERT("pointer kept: "+String(Value type($c[0])=Is pointer))
$c:=[]
$c[3]:="d"
ALERT("gap filled with null: "+JSON Stringify($c))
var $s : Collection
$s:=New shared collection(1; "a"; Null; New shared object("x"; 1); New shared collection(2))
ALERT("shared: "+JSON Stringify($s)+" "+String(OB Is shared($s)))
ALERT("regular is shared: "+String(OB Is shared(New collection(1))))
Try
	$s:=New shared collection({plain: True})
Catch
	ALERT("plain object in shared: "+_err)
End try
Try
	$s:=New shared collection($p)
Catch
	ALERT("pointer in shared: "+_err)
End try
Try
	$s:=New shared collection([1])
Catch
	ALERT("plain collection in shared: "+_err)
End try
Use ($s)
	$s[1]:="b"
End use
ALERT("after Use: "+JSON Stringify($s))
$s[0]:=9
ALERT("not reached")
