// Appends a value to Storage.results (run by the "collector" worker in processes.in).
#DECLARE($value : Text)
Use (Storage.results)
	Storage.results.push($value)
End use
