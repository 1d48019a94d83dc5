ALERT("Hi "+String(_twice(21)))
