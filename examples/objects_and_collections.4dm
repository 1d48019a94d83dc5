// Objects and collections: literals, references, member functions and formulas.
var $people : Collection
$people:=[]
$people.push({name: "Ann"; age: 34; city: "Lyon"})
$people.push({name: "Bob"; age: 27; city: "Paris"})
$people.push({name: "Cy"; age: 45; city: "Lyon"})

// Collections are references: $alias and $people are the same collection.
var $alias : Collection
$alias:=$people
$alias[0].age:=35
ALERT("Ann is now "+String($people[0].age))

// Member functions with formulas: $1.value is the current element.
var $names : Collection
$names:=$people.map(Formula($1.value.name))
ALERT("names: "+$names.join(", "))

var $lyon : Collection
$lyon:=$people.filter(Formula($1.value.city="Lyon"))
ALERT("in Lyon: "+String($lyon.length))

ALERT("total age: "+String($people.sum("age")))
ALERT("oldest: "+$people.orderBy("age desc")[0].name)

// Objects: keys in creation order, copies are deep.
var $config : Object
$config:={debug: False; level: 2; tags: ["a"; "b"]}
ALERT("keys: "+OB Keys($config).join(","))
var $copy : Object
$copy:=OB Copy($config)
$copy.tags.push("c")
ALERT("original tags: "+String($config.tags.length)+", copy tags: "+String($copy.tags.length))
ALERT(JSON Stringify($config))
