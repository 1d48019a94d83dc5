#DECLARE($text : Text)
ALERT($text)
ALERT($text)
