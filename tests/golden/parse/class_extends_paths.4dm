Class extends cs.Parent
