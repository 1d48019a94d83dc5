For ($i; 1)
End for
