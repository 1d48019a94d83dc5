var $s : cs.Savings
$s:=cs.Savings.new("ida")
$s.add(10).add(30)
ALERT($s.owner+" "+String($s.balance)+" "+String($s.interest()))
ALERT(OB Class($s).name+" < "+OB Class($s).superclass.name)
ALERT(String(OB Instance of($s; cs.Account)))
