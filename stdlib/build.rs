//! Compiles the standard library's Python modules (`py/**.py`) to bytecode
//! and writes the table `FROZEN` that `src/lib.rs` includes: one entry per
//! module, sorted by name, holding `kaa_compiler::marshal` bytes. A file that
//! does not compile is kept as source with a warning, so the build still
//! succeeds and `import` raises its `SyntaxError`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("py");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    walk(&root, &mut files);
    let mut modules: Vec<(String, bool, PathBuf)> = files
        .into_iter()
        .filter_map(|path| {
            let rel = path.strip_prefix(&root).ok()?.with_extension("");
            let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            let package = parts.last().is_some_and(|p| p == "__init__");
            if package {
                parts.pop();
            }
            Some((parts.join("."), package, path))
        })
        .collect();
    modules.sort_by(|a, b| a.0.cmp(&b.0));
    // The Python halves of the modules behind cargo features (Cargo.toml)
    // are left out with their feature.
    modules.retain(|(name, _, _)| {
        let top = name.split('.').next().unwrap_or(name);
        OPTIONAL
            .iter()
            .all(|(feature, tops)| !tops.contains(&top) || std::env::var_os(feature).is_some())
    });
    // Each module's bytecode is a `static` of its own in the section
    // `.kaa_frozen` (ELF only), which the linker keeps apart from `.rodata`:
    // 2.6 MB of bytecode read only on import would otherwise sit between
    // the small constants an empty program does read, and page faults map
    // 64 KB around each (docs/performance.md, "Session 10: footprint").
    let mut items = String::new();
    let mut table = String::from("&[\n");
    // FNV-1a over every module's bytes: the bytecode cache's fingerprint of
    // this compiler (kaa_vm::import_cache).
    let mut fingerprint: u32 = 0x811c_9dc5;
    for (index, (name, package, path)) in modules.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(path).unwrap();
        let body = match kaa_compiler::compile(&source, &format!("<frozen {name}>"), kaa_compiler::Mode::Exec) {
            Ok(code) => {
                let file = out.join(format!("{name}.kaac"));
                let bytes = kaa_compiler::marshal::dumps(&code);
                // The VM runs embedded code without walking it first
                // (`Vm::load_code_verified`): walk what it will load, here.
                let walked = match kaa_compiler::marshal::loads(&bytes) {
                    Ok(back) => kaa_compiler::verify::verify_tree(&back),
                    Err(e) => Err(format!("its bytes do not load: {e}")),
                };
                if let Err(e) = walked {
                    panic!("stdlib/py: {name}: the compiler made code that does not verify: {e}");
                }
                for b in &bytes {
                    fingerprint = (fingerprint ^ u32::from(*b)).wrapping_mul(0x0100_0193);
                }
                write_fresh(&file, &bytes);
                let item = format!("M{index}");
                writeln!(
                    items,
                    "    #[cfg_attr(target_os = \"linux\", link_section = \".kaa_frozen\")]\n    \
                     static {item}: [u8; {}] = *include_bytes!({:?});",
                    bytes.len(),
                    file.display().to_string()
                )
                .unwrap();
                format!("FrozenBody::Code(&{item})")
            }
            Err(e) => {
                println!("cargo:warning=stdlib/py: {name} does not compile: {e}");
                format!("FrozenBody::Source(include_str!({:?}))", path.display().to_string())
            }
        };
        writeln!(
            table,
            "    FrozenModule {{ name: {name:?}, package: {package}, body: {body} }},"
        )
        .unwrap();
    }
    table.push(']');
    let frozen = format!("{{\n{items}    {table}\n}}\n");
    write_fresh(&out.join("frozen.rs"), frozen.as_bytes());
    write_fresh(&out.join("fingerprint.rs"), format!("{fingerprint}").as_bytes());
}

/// Write `path` as a new file (a temporary renamed over it), never through
/// the old one: a target directory seeded with hard links shares its files
/// with other checkouts, and writing in place would change theirs too.
fn write_fresh(path: &Path, bytes: &[u8]) {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

/// The Python modules of each optional feature, by top-level name.
const OPTIONAL: &[(&str, &[&str])] = &[
    ("CARGO_FEATURE_SQLITE3", &["sqlite3"]),
    ("CARGO_FEATURE_DECIMAL", &["decimal"]),
    ("CARGO_FEATURE_ZLIB", &["gzip"]),
    ("CARGO_FEATURE_HASHLIB", &["hashlib", "hmac"]),
    ("CARGO_FEATURE_ASYNCIO", &["asyncio"]),
];

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            println!("cargo:rerun-if-changed={}", p.display());
            walk(&p, files);
        } else if p.extension().is_some_and(|x| x == "py") {
            files.push(p);
        }
    }
}
