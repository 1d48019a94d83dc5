C_TEXT(vA,vB)
