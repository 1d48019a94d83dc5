var $c : Collection
$c:=[1]
$c[3]:=$c[7]
