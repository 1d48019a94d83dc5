// A process singleton.
property entries : Collection

singleton Class constructor()
	This.entries:=[]
	This.created:=1

Function add($name : Text) : Integer
	This.entries.push($name)
	return This.entries.length
