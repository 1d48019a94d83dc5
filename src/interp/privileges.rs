//! Privileges of web sessions, resolved from a `roles.json` file (`--roles FILE`, or
//! `roles.json` beside the script, or `Project/Sources/roles.json`).
//!
//! Rules (`ORDA/privileges.md`, `API/SessionClass.md`):
//! - `privileges`: `[{privilege, includes: [...]}]`; `roles`: `[{role, privileges: [...]}]`;
//!   names are case-insensitive; `WebAdmin` is a reserved privilege that always exists;
//! - `setPrivileges` takes a Text (one name or several separated by commas), a Collection
//!   of names, or an object `{privileges, roles, userName}`; names not declared in
//!   `roles.json` are ignored; privileges are **added** to those the session already has
//!   (the documentation does not say; `clearPrivileges()` empties them);
//! - `getPrivileges()` lists every privilege held, `includes` expanded transitively, an
//!   included privilege before the one including it, each once: role `Medium` → privilege
//!   `medium` (includes `simple`) gives `["simple","medium"]`, as the documentation's
//!   sample states;
//! - a session without privileges is a Guest session.

use super::error::{R, codes, err};
use crate::value::Value;

pub const WEB_ADMIN: &str = "WebAdmin";

/// The privileges and roles declared in `roles.json`.
#[derive(Clone, Debug, Default)]
pub struct Roles {
    /// (privilege, included privileges), declaration order.
    pub privileges: Vec<(String, Vec<String>)>,
    /// (role, its privileges).
    pub roles: Vec<(String, Vec<String>)>,
}

fn names(v: Option<&serde_json::Value>) -> Vec<String> {
    match v {
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

impl Roles {
    /// Parse the text of a `roles.json` file.
    pub fn parse(text: &str) -> Result<Roles, String> {
        let v: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
        let mut roles = Roles::default();
        if let Some(items) = v.get("privileges").and_then(|p| p.as_array()) {
            for p in items {
                if let Some(name) = p.get("privilege").and_then(|n| n.as_str()) {
                    roles
                        .privileges
                        .push((name.to_string(), names(p.get("includes"))));
                }
            }
        }
        if let Some(items) = v.get("roles").and_then(|p| p.as_array()) {
            for r in items {
                if let Some(name) = r.get("role").and_then(|n| n.as_str()) {
                    roles
                        .roles
                        .push((name.to_string(), names(r.get("privileges"))));
                }
            }
        }
        Ok(roles)
    }

    pub fn load(path: &std::path::Path) -> Result<Roles, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Roles::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The declared spelling of a privilege name (case-insensitive), `None` if unknown.
    pub fn privilege(&self, name: &str) -> Option<String> {
        if name.eq_ignore_ascii_case(WEB_ADMIN) {
            return Some(WEB_ADMIN.to_string());
        }
        self.privileges
            .iter()
            .find(|(p, _)| p.eq_ignore_ascii_case(name))
            .map(|(p, _)| p.clone())
    }

    /// The privileges a role grants (declared names only), empty if the role is unknown.
    pub fn role(&self, name: &str) -> Vec<String> {
        self.roles
            .iter()
            .find(|(r, _)| r.eq_ignore_ascii_case(name))
            .map(|(_, ps)| ps.iter().filter_map(|p| self.privilege(p)).collect())
            .unwrap_or_default()
    }

    fn includes(&self, name: &str) -> Vec<String> {
        self.privileges
            .iter()
            .find(|(p, _)| p.eq_ignore_ascii_case(name))
            .map(|(_, inc)| inc.iter().filter_map(|p| self.privilege(p)).collect())
            .unwrap_or_default()
    }

    /// Every privilege held, with `includes` expanded (included ones first, each once).
    pub fn expand(&self, direct: &[String]) -> Vec<String> {
        fn visit(roles: &Roles, name: &str, out: &mut Vec<String>, path: &mut Vec<String>) {
            if out.iter().any(|p| p.eq_ignore_ascii_case(name))
                || path.iter().any(|p| p.eq_ignore_ascii_case(name))
            {
                return;
            }
            path.push(name.to_string());
            for inc in roles.includes(name) {
                visit(roles, &inc, out, path);
            }
            path.pop();
            out.push(name.to_string());
        }
        let mut out = Vec::new();
        for p in direct {
            visit(self, p, &mut out, &mut Vec::new());
        }
        out
    }
}

/// Names from a Text (comma-separated) or a Collection of texts.
fn name_list(v: &Value) -> R<Vec<String>> {
    match v {
        Value::Text(t) => Ok(t
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()),
        Value::Collection(c) => Ok(c
            .to_vec()
            .iter()
            .filter_map(|x| match x {
                Value::Text(t) => Some(t.to_string()),
                _ => None,
            })
            .collect()),
        Value::Undefined | Value::Null => Ok(Vec::new()),
        other => err(
            crate::builtins::args::TYPE_MISMATCH,
            format!(
                "Privileges and roles are given as a Text or a Collection, not {}",
                other.type_name()
            ),
        ),
    }
}

/// What a `setPrivileges()` argument asks for: privileges to add (declared names) and
/// the optional user name.
pub fn requested(roles: &Roles, arg: &Value) -> R<(Vec<String>, Option<String>)> {
    let mut out: Vec<String> = Vec::new();
    let mut user = None;
    let add = |p: String, out: &mut Vec<String>| {
        if !out.iter().any(|x| x.eq_ignore_ascii_case(&p)) {
            out.push(p);
        }
    };
    match arg {
        Value::Object(o) => {
            let privileges = o.get(crate::keys::Key::intern("privileges"));
            for n in name_list(&privileges)? {
                if let Some(p) = roles.privilege(&n) {
                    add(p, &mut out);
                }
            }
            let role_names = o.get(crate::keys::Key::intern("roles"));
            for r in name_list(&role_names)? {
                for p in roles.role(&r) {
                    add(p, &mut out);
                }
            }
            if let Value::Text(u) = o.get(crate::keys::Key::intern("userName")) {
                user = Some(u.to_string());
            }
        }
        Value::Text(_) | Value::Collection(_) => {
            for n in name_list(arg)? {
                if let Some(p) = roles.privilege(&n) {
                    add(p, &mut out);
                }
            }
        }
        other => {
            return err(
                codes::GENERIC,
                format!(
                    "setPrivileges() needs a Text, a Collection or an Object, not {}",
                    other.type_name()
                ),
            );
        }
    }
    Ok((out, user))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"{
        "privileges":[ {"privilege":"simple","includes":[]},
                       {"privilege":"medium","includes":["simple"]} ],
        "roles":[ {"role":"Medium","privileges":["medium"]} ],
        "permissions":{"allowed":[]} }"#;

    #[test]
    fn the_documented_medium_role_expands_to_simple_then_medium() {
        let r = Roles::parse(DOC).unwrap();
        let (p, _) = requested(&r, &{
            let o = crate::value::Obj::new();
            o.set_raw(crate::keys::Key::intern("roles"), Value::text("medium"));
            Value::Object(o)
        })
        .unwrap();
        assert_eq!(p, vec!["medium".to_string()]);
        assert_eq!(
            r.expand(&p),
            vec!["simple".to_string(), "medium".to_string()]
        );
    }

    #[test]
    fn unknown_names_are_ignored_and_webadmin_always_exists() {
        let r = Roles::parse(DOC).unwrap();
        let (p, _) = requested(&r, &Value::text("nope, SIMPLE ,webadmin")).unwrap();
        assert_eq!(p, vec!["simple".to_string(), "WebAdmin".to_string()]);
    }

    #[test]
    fn include_cycles_terminate() {
        let r = Roles::parse(
            r#"{"privileges":[{"privilege":"a","includes":["b"]},{"privilege":"b","includes":["a"]}]}"#,
        )
        .unwrap();
        assert_eq!(
            r.expand(&["a".into()]),
            vec!["b".to_string(), "a".to_string()]
        );
    }
}
