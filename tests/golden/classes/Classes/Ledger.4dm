// A shared class: initialisers with objects or collections become shared.
property entries : Collection:=["opened"]
property meta : Object:={owner: "bank"}

shared Class constructor($owner : Text)
	This.meta.owner:=$owner
	This.balance:=0

shared Function deposit($amount : Real) : Real
	This.balance+=$amount
	This.entries.push("deposit "+String($amount))
	return This.balance

Function unsafeReset()
	This.balance:=0

Function get summary() : Text
	return This.meta.owner+": "+String(This.balance)
