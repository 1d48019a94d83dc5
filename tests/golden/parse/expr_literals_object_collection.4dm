$o:={a: 1; "b c": 2; nested: {x: [1; 2]}}
$e:={}
$c:=[1; "two"; {three: 3}]
$m:=[[1; 2]; [3; 4]]
$empty:=[]
$k:={if: 1; new: 2; $dollar: 3}
