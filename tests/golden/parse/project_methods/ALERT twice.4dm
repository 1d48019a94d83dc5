// A project method whose name starts with a command name.
#DECLARE($text : Text)
ALERT($text)
ALERT($text)
