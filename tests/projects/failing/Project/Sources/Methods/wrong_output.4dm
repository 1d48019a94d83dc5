ALERT("actual line")
