throw({errCode: 2; message: "later"; deferred: True})
ALERT("the method runs to its end")
