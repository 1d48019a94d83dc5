//! check tests/golden/check/project
// A project folder: files are found recursively, in sorted order, and the method
// names of Project/Sources/Methods glue. This case file is checked too.
$ok:=1
