Class extends Entity

Function get fullName() : Text
	return This.first+" "+This.last

Function query fullName($event : Object) -> $result : Object

Function orderBy fullName($event : Object) -> $result : Text
	return "last "+$event.descending ? "desc" : "asc"
