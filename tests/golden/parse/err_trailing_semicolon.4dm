$t:="a"+String(1);
