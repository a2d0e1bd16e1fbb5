//! `docs/internals/bytecode.md` carries the opcode table generated from the one
//! opcode list; this test fails when they disagree. Regenerate with
//! `UPDATE_DOCS=1 cargo test -p kaa-compiler --test bytecode_doc`.

const BEGIN: &str =
    "<!-- BEGIN OPCODE TABLE (generated: UPDATE_DOCS=1 cargo test -p kaa-compiler --test bytecode_doc) -->\n";
const END: &str = "<!-- END OPCODE TABLE -->";

#[test]
fn opcode_table_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/internals/bytecode.md");
    let doc = std::fs::read_to_string(path).expect("docs/internals/bytecode.md exists");
    let table = kaa_compiler::bytecode::opcode_table_markdown();
    let (Some(a), Some(b)) = (doc.find(BEGIN), doc.find(END)) else {
        panic!("docs/internals/bytecode.md lacks the opcode table markers");
    };
    let current = &doc[a + BEGIN.len()..b];
    if current != table {
        if std::env::var_os("UPDATE_DOCS").is_some() {
            let new = format!("{}{}{}{}", &doc[..a], BEGIN, table, &doc[b..]);
            std::fs::write(path, new).expect("write docs");
            return;
        }
        for op in kaa_compiler::bytecode::Opcode::ALL {
            assert!(
                current.contains(&format!("`{}`", op.name())),
                "opcode {} is missing from docs/internals/bytecode.md",
                op.name()
            );
        }
        panic!("the opcode table in docs/internals/bytecode.md is stale: run UPDATE_DOCS=1 cargo test -p kaa-compiler --test bytecode_doc");
    }
}
