ALL RECORDS([Customers])
$n:=[Customers]Name
$m:=[Customers:2]Name:3
$p:=->[Customers]
QUERY([Customers]; [Customers]City="Paris")
$c:=$col[x]
