//! check tests/golden/classes/extends_check
// Class extends rules that only the compiler and check syntax enforce (not the
// interpreter): unknown parent, itself, a cycle, a built-in class other than 4D.Object,
// a shared class extending a non-shared one. Good and Rooted are valid.
