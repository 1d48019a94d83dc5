//! fourd run --session web --roles tests/golden/seeds/roles.json --before ds.authentify("Medium") --dump
var $privileges : Collection
$privileges := Session.getPrivileges()
//$privileges: ["simple","medium"]
