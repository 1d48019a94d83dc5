// Extending built-in classes: every user class ends in 4D.Object; Class extends 4D.Object
// is the default written out; the built-in class tree.
var $p : cs.PlainObject
$p:=cs.PlainObject.new()
ALERT("explicit 4D.Object: "+cs.PlainObject.superclass.name+" "+$p.hello())
ALERT("implicit 4D.Object: "+cs.Bare.superclass.name)
ALERT("same class object: "+String(cs.Bare.superclass=4D.Object))
ALERT("instance of 4D.Object: "+String(OB Instance of($p; 4D.Object)))
ALERT("4D.File.superclass: "+4D.File.superclass.name)
ALERT("4D.Document.superclass: "+4D.Document.superclass.name)
ALERT("4D.Object.superclass is null: "+String(4D.Object.superclass=Null))
ALERT("4D.Function.superclass: "+4D.Function.superclass.name)
var $o : Object
$o:=4D.Object.new()
ALERT("4D.Object.new(): "+JSON Stringify($o)+" "+OB Class($o).name)
ALERT("formula is a 4D.Function: "+String(OB Instance of(Formula(1); 4D.Function)))
ALERT("formula is a 4D.Object: "+String(OB Instance of(Formula(1); 4D.Object)))
ALERT("class is a 4D.Class: "+String(OB Instance of(cs.Bare; 4D.Class)))
