If
End if
While ()
End while
