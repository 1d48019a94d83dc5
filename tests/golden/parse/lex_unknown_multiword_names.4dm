DatePicker SET MIN DATE($form; Current date)
$c:=Char(Carriage return)
$n:=[Friends and Relatives]Part Number
If ($end found=1)
End if
