// Int: the integer part, rounded down (towards minus infinity).
ALERT(String(Int(123.4))+" "+String(Int(123.9))+" "+String(Int(-123.4))+" "+String(Int(-123.9)))
ALERT(String(Int(0.5))+" "+String(Int(-0.5))+" "+String(Int(7))+" "+String(Int(-7)))
ALERT(String(Int(1e10+0.5)))
// Int compared with Trunc on negative numbers: both go towards minus infinity
ALERT(String(Int(-2.5))+" "+String(Trunc(-2.5; 0)))
