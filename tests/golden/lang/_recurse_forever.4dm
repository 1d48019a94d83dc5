#DECLARE($n : Integer)
_recurse_forever($n+1)
