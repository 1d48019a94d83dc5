// Date and time arithmetic.
var $d : Date
$d:=!2017-01-20!
ALERT(String($d+9=!2017-01-29!))
ALERT(String(!2017-01-20!-!2017-01-01!))
ALERT(String($d-20=!2016-12-31!))
ALERT(String(!2024-02-28!+1=!2024-02-29!))
ALERT(String(?02:03:04?+?01:02:03?=?03:05:07?))
ALERT(String(?02:03:04?+65))
ALERT(String(?02:03:04?*2))
ALERT(String(?20:10:00?%?04:20:00?=?02:50:00?))
ALERT(String(!2020-01-01!<!2021-01-01!))
var $t : Time
$t:=?23:00:00?
$t:=$t+?02:30:00?
ALERT(String($t=?25:30:00?))
