//! fourd run --session stored-procedure
  //A exécuter sur le serveur
 var $o : Object
 var $i : Integer
 $o:=Get process activity //Lire informations de process et de sessions
 For($i;0;($o.processes.length)-1) //itération de la collection "processes"
    $processName:=$o.processes[$i].name
    $userName:=String($o.processes[$i].session.userName) // Accès facile à userName
  //utiliser Chaine car l'objet session peut être non défini
 End for
