$total:=1+\
	2+\
	3
$o:={name: "x"; \
	size: 2}
ALERT(\
	"wrapped")
