ALERT("On Exit")
