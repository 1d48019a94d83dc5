$t:="line\nnext\ttab\\back\"quote"
$u:="UPPER\N\T\R"
$empty:=""
$path:="C:\\dir\\file"
