// Trunc: towards minus infinity, like Int, for positive and negative places.
ALERT(String(Trunc(3.789; 1))+" "+String(Trunc(-3.789; 1))+" "+String(Trunc(-3.789; 0)))
ALERT(String(Trunc(4567.1; -2))+" "+String(Trunc(-4567.1; -2))+" "+String(Trunc(-0.25; 1)))
ALERT(String(Trunc(-5; 0))+" "+String(Trunc(2.5; 0))+" "+String(Trunc(-1.2; 2)))
