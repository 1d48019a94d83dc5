// Lowercase: accents are removed unless * is passed.
ALERT(Lowercase("HÉLÈNE")+" "+Lowercase("HÉLÈNE"; *))
ALERT(Lowercase("ÇA VA"; *)+" "+Lowercase("Œuvre"; *))
ALERT(Lowercase("ABC 123 !?")+" "+Lowercase(""))
ALERT(Lowercase("already"))
ALERT(Lowercase("ÑANDÚ"; *)+" "+Lowercase("ÑANDÚ"))
