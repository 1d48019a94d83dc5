// multiSort: {collection; order} items sort within runs equal on the previous levels;
// plain collections are kept in step (and count for grouping, but sort nothing).
var $team; $role; $name : Collection
$team:=["b"; "a"; "b"; "a"; "b"]
$role:=["dev"; "ops"; "dev"; "dev"; "ops"]
$name:=["Zoe"; "Yan"; "Al"; "Bo"; "Cy"]
$team.multiSort([{collection: $role; order: ck descending}; $name])
ALERT($team.join(",")+" / "+$role.join(",")+" / "+$name.join(","))
$team:=["b"; "a"; "b"; "a"; "b"]
$role:=["dev"; "ops"; "dev"; "dev"; "ops"]
$name:=["Zoe"; "Yan"; "Al"; "Bo"; "Cy"]
$team.multiSort([$role; {collection: $name; order: ck ascending}])
ALERT($team.join(",")+" / "+$role.join(",")+" / "+$name.join(","))
// A comparator that is not a formula or a method's name is ignored: the default order applies.
var $c : Collection
$c:=["pear"; "fig"; "apple"]
$c.sort(True)
ALERT($c.join(","))
ALERT(String(Undefined((1).value)))
