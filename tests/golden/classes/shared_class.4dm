// shared Class constructor: shared instances, shared initialisers, shared functions
// (an implicit Use), plain functions and writes that need Use (error -10720), subclasses
// of a shared class, and the shared keyword ignored in a non-shared class.
var $l : cs.Ledger
$l:=cs.Ledger.new("ann")
ALERT("isShared: "+String(cs.Ledger.isShared)+" instance: "+String(OB Is shared($l)))
ALERT("shared initialisers: "+String(OB Is shared($l.entries))+" "+String(OB Is shared($l.meta)))
ALERT("deposit: "+String($l.deposit(50)))
ALERT("entries: "+JSON Stringify($l.entries))
ALERT("getter without Use: "+$l.summary)
Try
	$l.unsafeReset()
Catch
	ALERT("plain function writing: error "+String(Last errors[0].errCode))
End try
Try
	$l.balance:=1
Catch
	ALERT("direct write: error "+String(Last errors[0].errCode))
End try
// Member functions of a shared collection take Use themselves.
$l.entries.push("auto")
ALERT("push without Use: "+JSON Stringify($l.entries))
Use ($l)
	$l.unsafeReset()
	$l.note:="inside Use"
End use
ALERT("after Use: "+$l.summary+" "+$l.note)
var $sub : cs.SubLedger
$sub:=cs.SubLedger.new("bob")
ALERT("subclass: "+String(cs.SubLedger.isShared)+" "+String(OB Is shared($sub))+" "+$sub.kind())
var $loose : cs.Loose
$loose:=cs.Loose.new()
ALERT("non-shared class: "+String(cs.Loose.isShared)+" "+String(OB Is shared($loose))+" bump "+String($loose.bump()))
$loose.n:=10
ALERT("plain write: "+String($loose.n))
