// Uppercase: accents are removed unless * is passed.
ALERT(Uppercase("hélène")+" "+Uppercase("hélène"; *))
ALERT(Uppercase("Çà et là"; *)+" "+Uppercase("Çà et là"))
ALERT(Uppercase("abc 123 !?")+" "+Uppercase(""))
ALERT(Uppercase("ALREADY"))
ALERT(Uppercase("ñandú"; *)+" "+Uppercase("ñandú"))
