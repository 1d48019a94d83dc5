session singleton Class constructor
