// Pi and e number (K30 theme).
ALERT(String(Pi))
ALERT(String(e number))
ALERT(String(Round(Cos(Pi); 5)))
ALERT(String(Value type(Pi)=Is real))
