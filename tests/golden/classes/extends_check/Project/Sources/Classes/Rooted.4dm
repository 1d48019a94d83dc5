Class extends 4D.Object
