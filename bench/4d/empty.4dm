// (g) the empty program: start-up time
