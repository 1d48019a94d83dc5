19Convert_Export(1)
$f:=4D.File.new("/x")
$d:=4d.Folder
