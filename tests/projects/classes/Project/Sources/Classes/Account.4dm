property owner : Text
property history : Collection:=[]

Class constructor($owner : Text)
	This.owner:=$owner

Function add($amount : Real) : cs.Account
	This.history.push($amount)
	return This

Function get balance() : Real
	return This.history.sum()
