Class extends Myself
