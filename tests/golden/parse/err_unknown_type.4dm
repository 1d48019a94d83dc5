var $x : Longint
