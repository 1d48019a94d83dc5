// The code of the last caught error, for Catch blocks: "error -10703"
#DECLARE() : Text
return "error "+String(Last errors[0].errCode)
