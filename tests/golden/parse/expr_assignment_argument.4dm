$sum:=$col.reduce(Formula($1.accumulator:=$1.accumulator+$1.value); 0)
CALL WORKER("w"; Formula(Worker:=1))
$f:=Formula($1.n+=1)
