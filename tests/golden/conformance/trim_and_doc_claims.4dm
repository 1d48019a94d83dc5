// Values a documentation block reads with `X gets V` claims: Trunc and Round of negative
// numbers, and Trim of a padded text.
vlResult:=Trunc(-7.25; 1)
ALERT(String(vlResult))
vlResult:=Round(-7.25; 1)
ALERT(String(vlResult))
vtResult:=Trim("  padded  ")
ALERT("<"+vtResult+">")
