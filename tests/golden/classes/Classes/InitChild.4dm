// The parent's initialisers run first: this one can read them.
Class extends InitOrder

property doubled : Integer:=This.base*2
property born:=!2021-06-15!
property nothing

Class constructor()
	Super(5)
	This.log.push("child constructor")
