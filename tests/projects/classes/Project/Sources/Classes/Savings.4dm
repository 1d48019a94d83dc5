Class extends Account

property rate : Real:=0.5

Class constructor($owner : Text)
	Super(Uppercase($owner))

Function interest() : Real
	return This.balance*This.rate
