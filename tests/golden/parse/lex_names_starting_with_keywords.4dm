Storage_ToNew
dialog_CodeRunner($x)
Use_Something
If_done:=True
End_if_count:=0
For_each_item:=1
returnValue:=2
