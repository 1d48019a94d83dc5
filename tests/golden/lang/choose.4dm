// Choose: a Boolean criterion picks the first value when True; a number is a 0-based index.
ALERT(Choose(True; "first"; "second"))
ALERT(Choose(False; "first"; "second"))
ALERT(Choose(2; "zero"; "one"; "two"))
