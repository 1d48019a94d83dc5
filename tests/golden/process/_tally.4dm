#DECLARE($log : Collection; $amount : Integer)
// `total` is a process variable of the worker: it survives between messages
total:=Num(total)+$amount
$log.push(Current process name+": "+String(total))
