ALERT(String(Count parameters))
