// this comment goes on \
and on to the next line
$a:=1
