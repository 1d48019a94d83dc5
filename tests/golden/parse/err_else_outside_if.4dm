For ($i; 1; 2)
Else
End for
