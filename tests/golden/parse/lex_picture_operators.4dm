$pict:=$pict*+1.5
$pict:=$pict*|2
$both:=$a+$b
