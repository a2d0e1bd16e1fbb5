//! Byte offset ↔ (line, column) conversion.

/// The start offset of every line of a source text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push((i + 1) as u32);
            }
        }
        LineIndex { starts }
    }

    /// The 1-based line number holding byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&(offset as u32)) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// The byte offset where 1-based line `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        line.checked_sub(1)
            .and_then(|i| self.starts.get(i))
            .map_or(0, |&s| s as usize)
    }

    /// 1-based line and 1-based column in characters, as CPython's `SyntaxError.offset`.
    pub fn line_col(&self, source: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(source.len());
        let line = self.line(offset);
        let start = self.starts[line - 1] as usize;
        let mut end = offset;
        while !source.is_char_boundary(end) {
            end -= 1;
        }
        (line, source[start..end].chars().count() + 1)
    }

    /// The text of 1-based line `line`, without its newline.
    pub fn line_text<'s>(&self, source: &'s str, line: usize) -> Option<&'s str> {
        let start = *self.starts.get(line.checked_sub(1)?)? as usize;
        let end = self.starts.get(line).map_or(source.len(), |&e| e as usize);
        Some(source[start..end].trim_end_matches(['\n', '\r']))
    }
}
