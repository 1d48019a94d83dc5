property total : Integer

Class constructor()
	This.total:=0

Function add($n : Integer) : cs.Basket
	This.total+=$n
	return This
