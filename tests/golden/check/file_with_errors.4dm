//! check {file}
// Two bad lines: each gives one diagnostic; exit code 3.
$x:=(1
$y:=2
Else
