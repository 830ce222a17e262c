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

/// `use crate::{service, store::leads};` written out as the paths it
/// names (`crate::service`, `crate::store::leads`), nested groups too, so
/// that a grouped import is an edge like any other.
fn expand_groups(source: &str) -> String {
    fn expand(prefix: &str, group: &str, out: &mut Vec<String>) {
        let (mut depth, mut start) = (0, 0);
        let mut items = Vec::new();
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(&group[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        items.push(&group[start..]);
        for item in items.into_iter().map(str::trim).filter(|i| !i.is_empty()) {
            match item.split_once("::{") {
                Some((head, rest)) => expand(
                    &format!("{prefix}::{head}"),
                    rest.strip_suffix('}').unwrap_or(rest),
                    out,
                ),
                None if item == "self" => out.push(prefix.to_string()),
                None => out.push(format!("{prefix}::{item}")),
            }
        }
    }
    let mut extra = Vec::new();
    for root in ["crate", "super", "self"] {
        let opening = format!("{root}::{{");
        for (at, _) in source.match_indices(&opening) {
            // The group, up to its matching brace.
            let body = &source[at + opening.len()..];
            let mut depth = 1;
            let Some(end) = body.char_indices().find_map(|(i, c)| {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                (depth == 0).then_some(i)
            }) else {
                continue;
            };
            let whole: String = body[..end].split_whitespace().collect::<Vec<_>>().join(" ");
            expand(root, &whole.replace(":: ", "::"), &mut extra);
        }
    }
    extra.join(" ")
}

/// Which modules each module imports (not its own parents or children).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let mut edges = BTreeMap::new();
    for (module, source) in &modules {
        let mut to = BTreeSet::new();
        let source = &format!("{source}\n{}", expand_groups(source));
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
        (
            "output",
            &[
                "cli", "client", "server", "service", "store", "upload", "bridge", "config",
            ],
        ),
    ];
    let mut wrong = Vec::new();
    for (module, to) in &edges {
        // The CLI reaches the server and its store only to run and administer
        // it, and to complete words from the local workspace's file.
        if module.starts_with("cli::")
            && !module.starts_with("cli::server_cmd")
            && module != "cli::complete"
        {
            for t in to {
                if ["server", "store", "service"]
                    .iter()
                    .any(|b| t == b || t.starts_with(&format!("{b}::")))
                {
                    wrong.push(format!("{module} -> {t}"));
                }
            }
        }
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

/// Grouped imports are edges too: `use crate::{service, store};` in a
/// route is an arrow to `service` (a test that cannot see them passes on a
/// cycle hidden in braces).
#[test]
fn grouped_imports_are_seen() {
    let written = expand_groups("use crate::{service, store::{leads, self}};\nuse super::{a::b};");
    for path in [
        "crate::service",
        "crate::store::leads",
        "crate::store",
        "super::a::b",
    ] {
        assert!(written.split(' ').any(|p| p == path), "{path} in {written}");
    }
    let edges = imports();
    assert!(
        edges["server::routes::leads"].contains("service"),
        "{:?}",
        edges["server::routes::leads"]
    );
}
