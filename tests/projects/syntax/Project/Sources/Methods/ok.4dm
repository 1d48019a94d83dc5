ALERT("fine")
