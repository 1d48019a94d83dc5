//! fourd run --session web
If (Session.isGuest())
 //Faire quelque chose pour l'utilisateur invité
End if
