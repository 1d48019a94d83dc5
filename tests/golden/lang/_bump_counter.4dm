counter:=counter+1
