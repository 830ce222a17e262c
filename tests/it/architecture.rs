//! The arrows of `docs/ARCHITECTURE.md`, checked on the source: no module
//! imports another that (directly or not) imports it back; the store knows
//! no HTTP and evaluates no rules; `domain` and `matching` touch no I/O
//! module.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every module of `src/` by its path (`server::routes::leads`), with its source.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files
        .into_iter()
        .map(|path| {
            let rel = path.strip_prefix(&root).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts
                .last()
                .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
            {
                parts.pop();
            }
            let source = std::fs::read_to_string(&path).unwrap();
            // Unit tests may reach anywhere.
            let source = match source.find("#[cfg(test)]\nmod tests") {
                Some(at) => source[..at].to_string(),
                None => source,
            };
            (parts.join("::"), source)
        })
        .collect()
}

/// The module a `crate::…`, `super::…` or `self::…` path names, from `module`.
fn target(modules: &BTreeMap<String, String>, module: &str, path: &str) -> Option<String> {
    let mut segments: Vec<&str> = path.split("::").collect();
    let mut base: Vec<&str> = if module.is_empty() {
        Vec::new()
    } else {
        module.split("::").collect()
    };
    match segments[0] {
        "crate" => base.clear(),
        "self" => {}
        "super" => {
            while segments.first() == Some(&"super") {
                base.pop();
                segments.remove(0);
            }
            segments.insert(0, "self");
        }
        _ => return None,
    }
    segments.remove(0);
    (0..=segments.len()).rev().find_map(|k| {
        let mut parts = base.clone();
        parts.extend(&segments[..k]);
        let name = parts.join("::");
        modules.contains_key(&name).then_some(name)
    })
}

/// Which modules each module imports (not its own parents or children).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let mut edges = BTreeMap::new();
    for (module, source) in &modules {
        let mut to = BTreeSet::new();
        for (at, _) in source.match_indices("::") {
            let start = source[..at]
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(0, |i| i + 1);
            let end = source[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(source.len(), |i| at + i);
            let path = &source[start..end];
            if let Some(t) = target(&modules, module, path)
                && t != *module
                && !module.starts_with(&format!("{t}::"))
                && !t.starts_with(&format!("{module}::"))
            {
                to.insert(t);
            }
        }
        edges.insert(module.clone(), to);
    }
    edges
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let edges = imports();
    let reaches = |from: &str, to: &str| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_string()];
        while let Some(m) = stack.pop() {
            if m == to {
                return true;
            }
            if seen.insert(m.clone()) {
                stack.extend(edges.get(&m).into_iter().flatten().cloned());
            }
        }
        false
    };
    let mut cycles = Vec::new();
    for (module, to) in &edges {
        for t in to {
            if reaches(t, module) {
                cycles.push(format!("{module} -> {t}"));
            }
        }
    }
    assert!(cycles.is_empty(), "import cycles: {cycles:#?}");
}

#[test]
fn layers_import_only_downwards() {
    let edges = imports();
    let forbidden: &[(&str, &[&str])] = &[
        (
            "store",
            &["server", "service", "client", "cli", "upload", "api::error"],
        ),
        ("service", &["server", "client", "cli", "upload"]),
        (
            "domain",
            &[
                "store", "service", "server", "client", "cli", "upload", "config", "output",
            ],
        ),
        (
            "matching",
            &[
                "store", "service", "server", "client", "cli", "upload", "config", "output",
            ],
        ),
        (
            "api",
            &[
                "store", "service", "server", "client", "cli", "upload", "domain",
            ],
        ),
        ("client", &["cli", "store", "service", "upload"]),
        ("upload", &["cli", "server", "store", "service"]),
        ("bridge", &["cli", "server", "upload"]),
    ];
    let mut wrong = Vec::new();
    for (module, to) in &edges {
        for (layer, banned) in forbidden {
            if module == layer || module.starts_with(&format!("{layer}::")) {
                for t in to {
                    if banned
                        .iter()
                        .any(|b| t == b || t.starts_with(&format!("{b}::")))
                    {
                        wrong.push(format!("{module} -> {t}"));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "arrows the wrong way: {wrong:#?}");
}

#[test]
fn the_store_evaluates_no_rules_and_builds_no_http_errors() {
    for (module, source) in modules() {
        if module == "store" || module.starts_with("store::") {
            for needle in ["Problem", "StatusCode", "cel::", "Condition", "evaluate("] {
                assert!(!source.contains(needle), "{module} mentions {needle}");
            }
        }
    }
}
