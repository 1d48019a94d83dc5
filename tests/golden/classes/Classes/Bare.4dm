// An empty class: no constructor, no members.
