ALERT("Done"+)
$x:=1+
