if ($a)
else
end if
FOR EACH ($x; $c)
END FOR EACH
Case Of
	: ($a)
End Case
