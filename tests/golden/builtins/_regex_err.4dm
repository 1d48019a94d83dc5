ALERT("error "+String(ERROR))
