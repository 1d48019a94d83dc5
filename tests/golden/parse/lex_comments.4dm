// a line comment
$a:=1  // after a statement
/* a block comment */
$b:=2 /* inline */ +3
/* outer /* nested */ still comment */
For /* here too */ ($i; 1; 3)
End for
`legacy backquote comment
//%W-518.1
//%T-
$c:=3
