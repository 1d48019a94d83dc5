Until ($a)
