Class extends 4D.File
