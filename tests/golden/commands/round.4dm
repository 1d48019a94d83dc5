// Round: half away from zero; negative places round left of the point.
// (2.5, -2.5, 1234.567 to 2 and -2 places: tests/golden/builtins/math.4dm.)
ALERT(String(Round(-1.5; 0))+" "+String(Round(1.5; 0))+" "+String(Round(0.5; 0))+" "+String(Round(-0.5; 0)))
ALERT(String(Round(16.857; 2))+" "+String(Round(32345.67; -3)))
ALERT(String(Round(1.25; 1))+" "+String(Round(1.35; 1))+" "+String(Round(-1.25; 1)))
ALERT(String(Round(5; -1))+" "+String(Round(15; -1))+" "+String(Round(-15; -1))+" "+String(Round(499; -3))+" "+String(Round(500; -3)))
ALERT(String(Round(1/3; 5))+" "+String(Round(2/3; 0))+" "+String(Round(123; 2)))
