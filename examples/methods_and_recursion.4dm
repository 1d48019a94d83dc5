// Project methods and recursion: _fib.4dm and _hanoi.4dm sit beside this file.
ALERT("fib(20) = "+String(_fib(20)))

var $moves : Collection
$moves:=[]
_hanoi(3; "A"; "C"; "B"; $moves)
ALERT("Hanoi with 3 disks: "+String($moves.length)+" moves")
ALERT("first moves: "+$moves.slice(0; 3).join(" "))
