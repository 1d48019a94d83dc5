#DECLARE() : Collection
return []
