#DECLARE($log : Collection; $done : Object)
$log.push("new worker "+Current process name+" is process "+String(Current process))
$done.trigger()
