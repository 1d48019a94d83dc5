// Mod: the remainder, operands rounded to integers first.
// (7 mod 3, 7.6 mod 3 and the division by zero error: tests/golden/builtins/mod_by_zero.4dm.)
ALERT(String(Mod(3.5; 2))+" "+String(Mod(10; 4))+" "+String(Mod(10; 5))+" "+String(Mod(2; 7)))
ALERT(String(Mod(7.5; 2))+" "+String(Mod(8.4; 2.6)))
// the % operator on integers
ALERT(String(17%5)+" "+String(20%5))
