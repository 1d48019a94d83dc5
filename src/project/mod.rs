//! Project mode: a 4D project folder (`X/Project/X.4DProject` and `X/Project/Sources/`)
//! found, loaded and described, for `fourd --project` (tool4d's command line, see
//! `cli.rs`), `fourd test` and `fourd check`.
//!
//! - [`locate`] accepts what tool4d accepts: the `.4DProject` file, the folder holding
//!   `Project/`, or the `Project` folder itself.
//! - [`project_sources`] gathers `Project/Sources/Methods/*.4dm` (project methods, named
//!   by file stem), `Project/Sources/Classes/*.4dm` (the `cs` class store) and
//!   `Project/Sources/DatabaseMethods/*.4dm` (registered under 4D's own path names,
//!   `[databaseMethod]/onStartup`, which no 4D code can spell, so they cannot be called).
//! - [`ProjectInfo`] is what the running code can ask about its project
//!   (`Get database parameter(User param value)`, `Get 4D folder`, `Structure file`,
//!   `QUIT 4D`); it hangs off [`crate::interp::Program::project`].
//! - `settings.4DSettings`: the component class store name
//!   (`<general component_classStore_name="Name"/>`) makes `cs.Name` another name for the
//!   project's own `cs`, as the project's host would see it, unless a class already has
//!   that name.

pub mod cli;

use crate::program::{Sources, list_4dm, read_source};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// Path name of the On Startup database method, as 4D writes it (`METHOD GET CODE`).
pub const ON_STARTUP: &str = "[databaseMethod]/onStartup";
/// Path name of the On Exit database method.
pub const ON_EXIT: &str = "[databaseMethod]/onExit";

/// Where a project lives.
#[derive(Clone, Debug)]
pub struct Layout {
    /// The folder holding `Project/` (the "database folder").
    pub root: PathBuf,
    /// `root/Project/<name>.4DProject` (may not exist when a folder was given).
    pub project_file: PathBuf,
    /// The project name (the `.4DProject` file stem, or the root folder name).
    pub name: String,
}

impl Layout {
    pub fn sources(&self) -> PathBuf {
        self.root.join("Project").join("Sources")
    }
}

/// Find the project `path` designates: a `.4DProject` file, a folder holding `Project/`,
/// or a `Project` folder. `Err` holds a message for the user.
pub fn locate(path: &Path) -> Result<Layout, String> {
    if path.is_file() {
        if path
            .extension()
            .is_none_or(|e| !e.eq_ignore_ascii_case("4DProject"))
        {
            return Err(format!(
                "{} is not a .4DProject file or a project folder",
                path.display()
            ));
        }
        let project_dir = parent_or_dot(path);
        let root = parent_or_dot(&project_dir);
        let name = stem(path);
        return Ok(Layout {
            root,
            project_file: path.to_path_buf(),
            name,
        });
    }
    if !path.is_dir() {
        return Err(format!("{}: no such file or folder", path.display()));
    }
    let root = if path.join("Project").is_dir() {
        path.to_path_buf()
    } else if path.join("Sources").is_dir() && path.file_name().is_some_and(|n| n == "Project") {
        parent_or_dot(path)
    } else {
        return Err(format!(
            "{} holds no Project/ folder (give the .4DProject file or the folder holding Project/)",
            path.display()
        ));
    };
    let project_dir = root.join("Project");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&project_dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("4DProject"))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let (project_file, name) = match files.into_iter().next() {
        Some(f) => {
            let n = stem(&f);
            (f, n)
        }
        None => {
            let n = root
                .canonicalize()
                .ok()
                .and_then(|p| p.file_name().map(|s| s.to_string_lossy().into_owned()))
                .unwrap_or_else(|| "Project".into());
            (project_dir.join(format!("{n}.4DProject")), n)
        }
    };
    Ok(Layout {
        root,
        project_file,
        name,
    })
}

fn parent_or_dot(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The project's methods, classes and database methods.
pub fn project_sources(layout: &Layout) -> Sources {
    let src = layout.sources();
    let mut sources = Sources::default();
    for (stem, path) in list_4dm(&src.join("Methods")) {
        if let Ok(t) = read_source(&path) {
            sources.methods.push((stem, path.display().to_string(), t));
        }
    }
    for (stem, path) in list_4dm(&src.join("DatabaseMethods")) {
        if let Ok(t) = read_source(&path) {
            let name = format!("[databaseMethod]/{stem}");
            sources.methods.push((name, path.display().to_string(), t));
        }
    }
    for (stem, path) in list_4dm(&src.join("Classes")) {
        if let Ok(t) = read_source(&path) {
            sources.classes.push((stem, path.display().to_string(), t));
        }
    }
    sources
}

/// The component class store name from `Project/Sources/settings.4DSettings`, if set.
pub fn component_store_name(layout: &Layout) -> Option<String> {
    let text = std::fs::read_to_string(layout.sources().join("settings.4DSettings")).ok()?;
    xml_attribute(&text, "component_classStore_name").filter(|s| !s.is_empty())
}

/// The value of the first `name="value"` attribute in an XML text (entities decoded).
fn xml_attribute(xml: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(i) = xml[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at == 0 || xml[..at].ends_with(|c: char| c.is_whitespace());
        let rest = xml[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let rest = rest[1..].trim_start();
        let quote = rest.chars().next()?;
        if quote != '"' && quote != '\'' {
            continue;
        }
        let end = rest[1..].find(quote)?;
        return Some(
            rest[1..1 + end]
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&"),
        );
    }
    None
}

/// `--opening-mode`: accepted for compatibility; fourd always interprets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OpeningMode {
    #[default]
    Interpreted,
    Compiled,
}

/// What running code can ask about its project and how it was started.
#[derive(Debug, Default)]
pub struct ProjectInfo {
    pub layout: Option<Layout>,
    /// `--user-param` (`Get database parameter(User param value; $text)`).
    pub user_param: String,
    /// `--data`: the data file, when given.
    pub data: Option<PathBuf>,
    pub dataless: bool,
    pub headless: bool,
    pub opening_mode: OpeningMode,
    /// `QUIT 4D` was called: the run order skips to On Exit.
    pub quit: AtomicBool,
}

impl ProjectInfo {
    pub fn request_quit(&self) {
        self.quit.store(true, Ordering::SeqCst);
    }
    pub fn quit_requested(&self) -> bool {
        self.quit.load(Ordering::SeqCst)
    }
}

/// Load a project into a program: its sources, plus `extra` classes (the test helpers),
/// with the component store alias set up. `extra` classes are skipped when the project
/// defines a class of the same name.
pub fn load(
    layout: &Layout,
    extra_classes: Vec<(String, String, String)>,
) -> crate::program::Loaded {
    let mut sources = project_sources(layout);
    for (name, path, text) in extra_classes {
        if !sources.classes.iter().any(|(n, _, _)| *n == name) {
            sources.classes.push((name, path, text));
        }
    }
    let loaded = crate::program::load(sources);
    if let Some(store_name) = component_store_name(layout)
        && !loaded.program.classes.contains_key(&store_name)
        && let Some(store) = &loaded.program.class_store
    {
        store.set_raw(
            crate::keys::Key::intern(&store_name),
            crate::value::Value::Object(store.clone()),
        );
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("fourd-project-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("Project/Sources/Methods")).unwrap();
        d
    }

    #[test]
    fn locates_a_project_by_file_by_root_and_by_project_folder() {
        let d = scratch("locate");
        std::fs::write(d.join("Project/Demo.4DProject"), "{}").unwrap();
        let by_file = locate(&d.join("Project/Demo.4DProject")).unwrap();
        assert_eq!(by_file.name, "Demo");
        assert_eq!(by_file.root, d);
        let by_root = locate(&d).unwrap();
        assert_eq!(by_root.project_file, d.join("Project/Demo.4DProject"));
        let by_project = locate(&d.join("Project")).unwrap();
        assert_eq!(by_project.root, d);
        assert!(locate(&d.join("nope")).is_err());
        assert!(locate(&d.join("Project/Sources")).is_err());
    }

    #[test]
    fn reads_the_component_store_name() {
        assert_eq!(
            xml_attribute(
                "<a><general component_classStore_name=\"Testing\"/></a>",
                "component_classStore_name"
            )
            .as_deref(),
            Some("Testing")
        );
        assert_eq!(xml_attribute("<general other=\"x\"/>", "x"), None);
    }

    #[test]
    fn database_methods_get_path_names() {
        let d = scratch("dbm");
        std::fs::create_dir_all(d.join("Project/Sources/DatabaseMethods")).unwrap();
        std::fs::write(d.join("Project/Sources/DatabaseMethods/onStartup.4dm"), "").unwrap();
        std::fs::write(d.join("Project/Sources/Methods/go.4dm"), "").unwrap();
        let s = project_sources(&locate(&d).unwrap());
        let names: Vec<&str> = s.methods.iter().map(|m| m.0.as_str()).collect();
        assert_eq!(names, vec!["go", ON_STARTUP]);
    }
}
