// A class object: .name, .superclass (Null above 4D.Object), read-only properties,
// case-sensitive names, a shared object of class 4D.Class.
ALERT("name: "+cs.SportsCar.name)
ALERT("superclass: "+cs.SportsCar.superclass.name)
ALERT("up the chain: "+cs.SportsCar.superclass.superclass.superclass.name)
ALERT("top: "+String(cs.SportsCar.superclass.superclass.superclass.superclass=Null))
ALERT("superclass is the class: "+String(cs.Car.superclass=cs.Vehicle))
ALERT("built-in: "+4D.Object.name+" "+4D.Function.name+" "+4D.Class.name)
ALERT("class is shared: "+String(OB Is shared(cs.Car)))
ALERT("case-sensitive: "+String(Undefined(cs.car))+" "+String(Undefined(cs.Car)))
ALERT("in cs: "+String(OB Is defined(cs; "Vehicle")))
Try
	cs.Car.name:="Auto"
Catch
	ALERT("write name: error "+String(Last errors[0].errCode))
End try
Try
	cs.Car.superclass:=cs.Bare
Catch
	ALERT("write superclass: error "+String(Last errors[0].errCode))
End try
ALERT("unchanged: "+cs.Car.name+" < "+cs.Car.superclass.name)
