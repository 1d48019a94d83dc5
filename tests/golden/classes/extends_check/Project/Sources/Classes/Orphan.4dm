Class extends Missing
