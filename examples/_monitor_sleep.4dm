DELAY PROCESS(Current process; 60*60)
