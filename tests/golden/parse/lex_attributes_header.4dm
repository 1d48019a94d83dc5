//%attributes = {"lang":"en","shared":true,"preemptive":"capable"}
ALERT("shared method")
