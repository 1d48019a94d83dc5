$b:=$a+1>$c*2
If ($w>0 && $h>0)
End if
$even:=$n%2=0
$last:=$c.length-1>=$i
