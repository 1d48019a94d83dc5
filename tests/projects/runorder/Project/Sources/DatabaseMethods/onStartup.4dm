ALERT("On Startup")
<>started:=True
