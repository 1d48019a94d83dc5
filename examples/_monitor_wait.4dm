#DECLARE($release : Object)
$release.wait(60)
