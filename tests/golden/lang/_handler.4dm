ALERT("handler got "+String(Error)+" "+Last errors[0].message)
