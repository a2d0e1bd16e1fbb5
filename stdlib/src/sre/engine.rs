//! The syntax tree compiled to a small program, and the backtracking
//! matcher that runs it with SRE's semantics (leftmost match, greedy and
//! lazy repeats that stop on an empty iteration, groups keeping their last
//! iteration, atomic groups and possessive repeats, fixed-width
//! look-behind).
//!
//! The matcher keeps its choice points and a trail of the state it changes
//! (group marks, repeat counters) on one explicit stack, so deep
//! backtracking never grows the Rust stack; only look-arounds and atomic
//! groups run a nested matcher, as deep as the pattern nests them. Every
//! [`CHECK_EVERY`] steps it checks the interpreter's limits (fuel,
//! deadline, interrupt, Ctrl-C, memory), so a catastrophic pattern can be
//! stopped.

use super::parser::{At, Case, CharMode, ClassKind, Node, RepeatKind, SetItem};
use kaa_vm::{PyResult, Vm};

/// Steps between two limit checks.
const CHECK_EVERY: u32 = 1 << 14;
/// Steps charged as one unit of fuel (one tick, as a loop iteration).
const FUEL_STEPS: u32 = 1 << 10;

/// Unset group mark.
pub const UNSET: usize = usize::MAX;

// ----- characters -----

/// Python's simple lower-case mapping.
pub fn lower(c: u32) -> u32 {
    if c < 128 {
        return u32::from((c as u8).to_ascii_lowercase());
    }
    let Some(ch) = char::from_u32(c) else { return c };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ if c == 0x130 => 0x69,
        _ => c,
    }
}

/// The simple upper-case mapping (one character, or the character itself).
pub fn upper(c: u32) -> u32 {
    if c < 128 {
        return u32::from((c as u8).to_ascii_uppercase());
    }
    let Some(ch) = char::from_u32(c) else { return c };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => match c {
            0x1f80..=0x1f87 | 0x1f90..=0x1f97 | 0x1fa0..=0x1fa7 => c + 8,
            0x1fb3 | 0x1fc3 | 0x1ff3 => c + 9,
            _ => c,
        },
    }
}

/// The key two characters share when IGNORECASE makes them equal: the full
/// upper case of the simple lower case (CPython's rule, extra cases
/// included); characters whose upper case is several characters are keyed
/// by their lower case.
pub fn fold(c: u32) -> u32 {
    if c < 128 {
        return u32::from((c as u8).to_ascii_uppercase());
    }
    let l = lower(c);
    let Some(ch) = char::from_u32(l) else { return l };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => match l {
            0x1fd3 => 0x390,
            0x1fe3 => 0x3b0,
            0xfb06 => 0xfb05,
            _ => l,
        },
    }
}

/// Whether `c` has other characters equal to it under Unicode IGNORECASE.
fn is_cased(c: u32) -> bool {
    let Some(ch) = char::from_u32(c) else { return false };
    let single = |mut it: &mut dyn Iterator<Item = char>| {
        let a = it.next();
        let b = (&mut it).next();
        a == Some(ch) && b.is_none()
    };
    !(fold(c) == c && single(&mut ch.to_lowercase()) && single(&mut ch.to_uppercase()))
}

fn ascii_lower(c: u32) -> u32 {
    if (0x41..=0x5a).contains(&c) {
        c + 32
    } else {
        c
    }
}

fn ascii_upper(c: u32) -> u32 {
    if (0x61..=0x7a).contains(&c) {
        c - 32
    } else {
        c
    }
}

pub fn is_word(c: u32, mode: CharMode) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    if mode == CharMode::Ascii {
        return false;
    }
    char::from_u32(c).is_some_and(|ch| kaa_vm::object::str::is_alpha(ch) || kaa_vm::object::str::is_numeric(ch))
}

fn is_digit(c: u32, mode: CharMode) -> bool {
    if c < 128 {
        return (0x30..=0x39).contains(&c);
    }
    mode == CharMode::Unicode && char::from_u32(c).is_some_and(kaa_vm::object::str::is_decimal)
}

fn is_space(c: u32, mode: CharMode) -> bool {
    if c < 128 {
        return matches!(c, 0x20 | 0x09..=0x0d) || (mode == CharMode::Unicode && (0x1c..=0x1f).contains(&c));
    }
    mode == CharMode::Unicode && char::from_u32(c).is_some_and(kaa_vm::object::str::is_space)
}

fn class_matches(k: ClassKind, c: u32, mode: CharMode) -> bool {
    match k {
        ClassKind::Digit => is_digit(c, mode),
        ClassKind::NotDigit => !is_digit(c, mode),
        ClassKind::Space => is_space(c, mode),
        ClassKind::NotSpace => !is_space(c, mode),
        ClassKind::Word => is_word(c, mode),
        ClassKind::NotWord => !is_word(c, mode),
    }
}

/// A character set, with a bitmap for the first 256 code points.
#[derive(Debug)]
pub struct CharSet {
    bitmap: [u64; 4],
    items: Vec<SetItem>,
    /// `fold` (or ASCII lower case) of each `Char` item, for IGNORECASE.
    folded: Vec<u32>,
    negate: bool,
    case: Case,
    mode: CharMode,
}

impl CharSet {
    fn new(items: Vec<SetItem>, negate: bool, case: Case, mode: CharMode) -> CharSet {
        let folded = items
            .iter()
            .map(|it| match (it, case) {
                (SetItem::Char(c), Case::Unicode) => fold(*c),
                (SetItem::Char(c), Case::Ascii) => ascii_lower(*c),
                (SetItem::Char(c), Case::Exact) => *c,
                _ => 0,
            })
            .collect();
        let mut s = CharSet {
            bitmap: [0; 4],
            items,
            folded,
            negate,
            case,
            mode,
        };
        for c in 0..256u32 {
            if s.slow(c) {
                s.bitmap[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        s
    }

    #[inline]
    fn matches(&self, c: u32) -> bool {
        if c < 256 {
            return self.bitmap[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.slow(c)
    }

    fn slow(&self, c: u32) -> bool {
        let hit = match self.case {
            Case::Exact => self.items.iter().any(|it| match *it {
                SetItem::Char(x) => x == c,
                SetItem::Range(a, b) => a <= c && c <= b,
                SetItem::Class(k) => class_matches(k, c, self.mode),
            }),
            Case::Ascii => {
                let (l, u) = (ascii_lower(c), ascii_upper(c));
                self.items.iter().zip(&self.folded).any(|(it, f)| match *it {
                    SetItem::Char(_) => *f == l,
                    SetItem::Range(a, b) => (a..=b).contains(&c) || (a..=b).contains(&l) || (a..=b).contains(&u),
                    SetItem::Class(k) => class_matches(k, c, self.mode),
                })
            }
            Case::Unicode => {
                let k = fold(c);
                let l = lower(c);
                let variants = [c, l, upper(c), k, lower(k), upper(l)];
                self.items.iter().zip(&self.folded).any(|(it, f)| match *it {
                    SetItem::Char(_) => *f == k,
                    SetItem::Range(a, b) => variants.iter().any(|v| (a..=b).contains(v)),
                    SetItem::Class(kind) => class_matches(kind, c, self.mode),
                })
            }
        };
        hit != self.negate
    }
}

/// Something that matches one character.
#[derive(Debug)]
pub enum Single {
    Char(u32),
    /// Equal under Unicode IGNORECASE to a character whose `fold` is this.
    Fold(u32),
    /// Equal to this ASCII lower-case letter, ignoring ASCII case.
    AsciiFold(u32),
    /// `.` without DOTALL.
    Any,
    AnyAll,
    Set(Box<CharSet>),
}

impl Single {
    #[inline]
    fn matches(&self, c: u32) -> bool {
        match self {
            Single::Char(x) => c == *x,
            Single::Fold(k) => fold(c) == *k,
            Single::AsciiFold(l) => ascii_lower(c) == *l,
            Single::Any => c != 10,
            Single::AnyAll => true,
            Single::Set(s) => s.matches(c),
        }
    }
}

#[derive(Debug)]
pub enum Inst {
    One(Single),
    At(At),
    /// Try `.0` first; on failure `.1`.
    Split(usize, usize),
    Jmp(usize),
    /// Set a group mark (slot `2g` start, `2g+1` end).
    Save(usize),
    /// A single-character item repeated; continues at the next instruction.
    RepeatOne {
        item: Single,
        min: usize,
        max: usize,
        kind: RepeatKind,
        /// The literal that must follow (to skip hopeless positions).
        next_char: Option<u32>,
    },
    /// Start a general repeat: reset its counter, then go to its check.
    RepStart(usize),
    RepCheck {
        reg: usize,
        min: usize,
        max: usize,
        lazy: bool,
        body: usize,
        exit: usize,
    },
    Backref(usize, Case),
    Look {
        /// The fixed width of a look-behind.
        behind: Option<usize>,
        negate: bool,
        body: usize,
        next: usize,
    },
    Atomic {
        body: usize,
        next: usize,
    },
    /// Continue if group `.0` matched, else jump to `.1`.
    Cond(usize, usize),
    /// The end of a look-around or atomic body.
    Succeed,
    Match,
}

#[derive(Debug)]
pub struct Program {
    pub code: Vec<Inst>,
    pub nregs: usize,
    pub nslots: usize,
    /// A character every match must start with.
    first: Option<u32>,
    /// Whether every match starts at the beginning of the string.
    anchored: bool,
}

struct Compiler {
    code: Vec<Inst>,
    nregs: usize,
    /// The (min, max) width of each group, for look-behind widths.
    widths: Vec<(u64, u64)>,
}

fn single_of(n: &Node) -> Option<Single> {
    Some(match n {
        Node::Char(c, case) => char_single(*c, *case),
        Node::Any(all) => {
            if *all {
                Single::AnyAll
            } else {
                Single::Any
            }
        }
        Node::Set {
            items,
            negate,
            case,
            mode,
        } => Single::Set(Box::new(CharSet::new(items.clone(), *negate, *case, *mode))),
        _ => return None,
    })
}

fn char_single(c: u32, case: Case) -> Single {
    match case {
        Case::Exact => Single::Char(c),
        Case::Ascii if (0x41..=0x5a).contains(&c) || (0x61..=0x7a).contains(&c) => Single::AsciiFold(ascii_lower(c)),
        Case::Ascii => Single::Char(c),
        Case::Unicode if is_cased(c) => Single::Fold(fold(c)),
        Case::Unicode => Single::Char(c),
    }
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> usize {
        self.code.push(i);
        self.code.len() - 1
    }

    fn pc(&self) -> usize {
        self.code.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        match &mut self.code[at] {
            Inst::Split(_, b) => *b = target,
            Inst::Jmp(t) => *t = target,
            Inst::Look { next, .. } | Inst::Atomic { next, .. } => *next = target,
            Inst::Cond(_, no) => *no = target,
            Inst::RepCheck { exit, .. } => *exit = target,
            _ => {}
        }
    }

    fn node(&mut self, n: &Node) {
        match n {
            Node::Empty => {}
            Node::Char(..) | Node::Any(_) | Node::Set { .. } => {
                if let Some(s) = single_of(n) {
                    self.emit(Inst::One(s));
                }
            }
            Node::At(a) => {
                self.emit(Inst::At(*a));
            }
            Node::Concat(v) => v.iter().for_each(|n| self.node(n)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, b) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        if let Inst::Split(a, _) = &mut self.code[split] {
                            *a = split + 1;
                        }
                        self.node(b);
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let here = self.pc();
                        self.patch(split, here);
                    } else {
                        self.node(b);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            Node::Group(g, body) => {
                self.emit(Inst::Save(2 * g));
                self.node(body);
                self.emit(Inst::Save(2 * g + 1));
            }
            Node::Repeat { node, min, max, kind } => self.repeat(node, *min as usize, *max as usize, *kind),
            Node::Backref(g, case) => {
                self.emit(Inst::Backref(*g, *case));
            }
            Node::Look { behind, negate, node } => {
                // The parser checked that a look-behind has a fixed width.
                let w = if *behind {
                    Some(super::parser::width(node, &self.widths).0 as usize)
                } else {
                    None
                };
                let at = self.emit(Inst::Look {
                    behind: w,
                    negate: *negate,
                    body: 0,
                    next: 0,
                });
                if let Inst::Look { body, .. } = &mut self.code[at] {
                    *body = at + 1;
                }
                self.node(node);
                self.emit(Inst::Succeed);
                let here = self.pc();
                self.patch(at, here);
            }
            Node::Atomic(body) => self.atomic(body),
            Node::Cond { group, yes, no } => {
                let at = self.emit(Inst::Cond(*group, 0));
                self.node(yes);
                let j = self.emit(Inst::Jmp(0));
                let here = self.pc();
                self.patch(at, here);
                self.node(no);
                let end = self.pc();
                self.patch(j, end);
            }
        }
    }

    fn atomic(&mut self, body: &Node) {
        let at = self.emit(Inst::Atomic { body: 0, next: 0 });
        if let Inst::Atomic { body, .. } = &mut self.code[at] {
            *body = at + 1;
        }
        self.node(body);
        self.emit(Inst::Succeed);
        let here = self.pc();
        self.patch(at, here);
    }

    fn repeat(&mut self, node: &Node, min: usize, max: usize, kind: RepeatKind) {
        if max == 0 {
            return;
        }
        if min == 1 && max == 1 {
            if kind == RepeatKind::Possessive {
                return self.atomic(node);
            }
            return self.node(node);
        }
        if let Some(item) = single_of(node) {
            self.emit(Inst::RepeatOne {
                item,
                min,
                max,
                kind,
                next_char: None,
            });
            return;
        }
        if kind == RepeatKind::Possessive {
            let inner = Node::Repeat {
                node: Box::new(node.clone()),
                min: min as u32,
                max: max as u32,
                kind: RepeatKind::Greedy,
            };
            return self.atomic(&inner);
        }
        if min == 0 && max == 1 {
            let split = self.emit(Inst::Split(0, 0));
            self.node(node);
            let end = self.pc();
            self.code[split] = if kind == RepeatKind::Lazy {
                Inst::Split(end, split + 1)
            } else {
                Inst::Split(split + 1, end)
            };
            return;
        }
        let reg = self.nregs;
        self.nregs += 1;
        self.emit(Inst::RepStart(reg));
        let check = self.emit(Inst::RepCheck {
            reg,
            min,
            max,
            lazy: kind == RepeatKind::Lazy,
            body: 0,
            exit: 0,
        });
        if let Inst::RepCheck { body, .. } = &mut self.code[check] {
            *body = check + 1;
        }
        self.node(node);
        self.emit(Inst::Jmp(check));
        let exit = self.pc();
        self.patch(check, exit);
    }
}

pub fn compile(node: &Node, groups: usize, widths: &[(u64, u64)]) -> Program {
    let mut c = Compiler {
        code: Vec::new(),
        nregs: 0,
        widths: widths.to_vec(),
    };
    c.node(node);
    c.emit(Inst::Match);
    // The literal that follows each single-character repeat.
    for i in 0..c.code.len() {
        let next = match c.code.get(i + 1) {
            Some(Inst::One(Single::Char(ch))) => Some(*ch),
            _ => None,
        };
        if let Inst::RepeatOne { next_char, kind, .. } = &mut c.code[i] {
            if *kind == RepeatKind::Greedy {
                *next_char = next;
            }
        }
    }
    let mut first = None;
    let mut anchored = false;
    for inst in &c.code {
        match inst {
            Inst::Save(_) => continue,
            Inst::One(Single::Char(ch)) => first = Some(*ch),
            Inst::RepeatOne {
                item: Single::Char(ch),
                min,
                ..
            } if *min > 0 => first = Some(*ch),
            Inst::At(At::BeginString) => anchored = true,
            _ => {}
        }
        break;
    }
    Program {
        code: c.code,
        nregs: c.nregs,
        nslots: 2 * (groups + 1),
        first,
        anchored,
    }
}

// ----- matching -----

/// The subject, one code point per position.
pub trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
}

impl Text for [u8] {
    #[inline]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        u32::from(self[i])
    }
}

impl Text for [u32] {
    #[inline]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
}

enum Bt {
    Alt {
        pc: usize,
        pos: usize,
    },
    Slot {
        idx: usize,
        old: usize,
    },
    LastIndex(usize),
    Reg {
        reg: usize,
        old: (usize, usize),
    },
    /// Give back one character of a greedy single-character repeat.
    RepOneGreedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// Take one more character of a lazy single-character repeat.
    RepOneLazy {
        pc: usize,
        pos: usize,
        count: usize,
    },
    /// Try one more iteration of a lazy general repeat.
    RepIter {
        reg: usize,
        body: usize,
        pos: usize,
    },
}

impl Bt {
    fn is_restore(&self) -> bool {
        matches!(self, Bt::Slot { .. } | Bt::LastIndex(_) | Bt::Reg { .. })
    }
}

/// A successful match: the group marks and the last group closed.
pub struct MatchResult {
    pub slots: Vec<usize>,
    /// The number of the last group closed, 0 for none.
    pub lastindex: usize,
}

pub struct Matcher<'a, T: Text + ?Sized> {
    prog: &'a Program,
    text: &'a T,
    /// The end of the subject (`endpos`).
    end: usize,
    /// Whether the match must end at `end` (`fullmatch`).
    full: bool,
    slots: Vec<usize>,
    lastindex: usize,
    regs: Vec<(usize, usize)>,
    stack: Vec<Bt>,
    base: usize,
    steps: u32,
    /// Where the current search started.
    search_start: usize,
    /// Whether a match may not be empty at `search_start` (after an empty
    /// match, in `findall`, `sub`, `split` and scanners).
    pub must_advance: bool,
}

impl<'a, T: Text + ?Sized> Matcher<'a, T> {
    pub fn new(prog: &'a Program, text: &'a T, end: usize, full: bool) -> Self {
        Matcher {
            prog,
            text,
            end,
            full,
            slots: vec![UNSET; prog.nslots],
            lastindex: 0,
            regs: vec![(0, UNSET); prog.nregs],
            stack: Vec::new(),
            base: 0,
            steps: CHECK_EVERY,
            search_start: 0,
            must_advance: false,
        }
    }

    /// Match at `pos` only (`match`, `fullmatch`).
    pub fn match_here(&mut self, vm: &mut Vm, pos: usize) -> PyResult<Option<MatchResult>> {
        if pos > self.end {
            return Ok(None);
        }
        self.search_start = pos;
        self.match_at(vm, pos)
    }

    /// One attempt at `pos`.
    fn match_at(&mut self, vm: &mut Vm, pos: usize) -> PyResult<Option<MatchResult>> {
        self.slots.iter_mut().for_each(|s| *s = UNSET);
        self.lastindex = 0;
        self.stack.clear();
        self.base = 0;
        match self.run(vm, 0, pos)? {
            Some(end) => {
                self.slots[0] = pos;
                self.slots[1] = end;
                Ok(Some(MatchResult {
                    slots: self.slots.clone(),
                    lastindex: self.lastindex,
                }))
            }
            None => Ok(None),
        }
    }

    /// The leftmost match at or after `pos`.
    pub fn search(&mut self, vm: &mut Vm, pos: usize) -> PyResult<Option<MatchResult>> {
        if pos > self.end {
            return Ok(None);
        }
        self.search_start = pos;
        if self.prog.anchored {
            if pos != 0 {
                return Ok(None);
            }
            return self.match_at(vm, pos);
        }
        let mut start = pos;
        loop {
            if let Some(f) = self.prog.first {
                while start < self.end && self.text.at(start) != f {
                    start += 1;
                }
                if start >= self.end {
                    return Ok(None);
                }
            }
            if let Some(m) = self.match_at(vm, start)? {
                return Ok(Some(m));
            }
            start += 1;
            if start > self.end {
                return Ok(None);
            }
            self.tick(vm)?;
        }
    }

    #[inline]
    fn tick(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.steps -= 1;
        if self.steps == 0 {
            self.steps = CHECK_EVERY;
            let pending = self.stack.capacity() * std::mem::size_of::<Bt>();
            // One unit of fuel per `FUEL_STEPS` steps.
            for _ in 1..CHECK_EVERY / FUEL_STEPS {
                kaa_vm::limits::tick(vm)?;
            }
            vm.check_long_loop(pending)?;
        }
        Ok(())
    }

    fn set_slot(&mut self, idx: usize, v: usize) {
        let old = self.slots[idx];
        self.stack.push(Bt::Slot { idx, old });
        self.slots[idx] = v;
        if idx & 1 == 1 {
            let g = idx / 2;
            self.stack.push(Bt::LastIndex(self.lastindex));
            self.lastindex = g;
        }
    }

    fn set_reg(&mut self, reg: usize, v: (usize, usize)) {
        let old = self.regs[reg];
        self.stack.push(Bt::Reg { reg, old });
        self.regs[reg] = v;
    }

    /// Pop to the next choice point; `None` when the choices above the
    /// current base are exhausted.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while self.stack.len() > self.base {
            let Some(bt) = self.stack.pop() else { break };
            match bt {
                Bt::Alt { pc, pos } => return Some((pc, pos)),
                Bt::Slot { idx, old } => self.slots[idx] = old,
                Bt::LastIndex(old) => self.lastindex = old,
                Bt::Reg { reg, old } => self.regs[reg] = old,
                Bt::RepOneGreedy { pc, min_pos, pos } => {
                    // Give back one character (or several, to reach the
                    // literal that must follow).
                    let prog = self.prog;
                    let Inst::RepeatOne { next_char, .. } = &prog.code[pc] else {
                        continue;
                    };
                    let mut p = pos - 1;
                    if let Some(ch) = *next_char {
                        loop {
                            if self.text.at(p) == ch {
                                break;
                            }
                            if p == min_pos {
                                p = UNSET;
                                break;
                            }
                            p -= 1;
                        }
                        if p == UNSET {
                            continue;
                        }
                    }
                    if p > min_pos {
                        self.stack.push(Bt::RepOneGreedy { pc, min_pos, pos: p });
                    }
                    return Some((pc + 1, p));
                }
                Bt::RepOneLazy { pc, pos, count } => {
                    let prog = self.prog;
                    let Inst::RepeatOne { item, max, .. } = &prog.code[pc] else {
                        continue;
                    };
                    if pos < self.end && item.matches(self.text.at(pos)) {
                        if count + 1 < *max {
                            self.stack.push(Bt::RepOneLazy {
                                pc,
                                pos: pos + 1,
                                count: count + 1,
                            });
                        }
                        return Some((pc + 1, pos + 1));
                    }
                }
                Bt::RepIter { reg, body, pos } => {
                    let count = self.regs[reg].0;
                    self.set_reg(reg, (count + 1, pos));
                    return Some((body, pos));
                }
            }
        }
        None
    }

    /// Keep only the trail above `base` (the choices of a finished atomic
    /// group or look-ahead are dropped).
    fn commit(&mut self, base: usize) {
        let mut w = base;
        for i in base..self.stack.len() {
            if self.stack[i].is_restore() {
                self.stack.swap(w, i);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Undo everything above `base`.
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            match self.stack.pop() {
                Some(Bt::Slot { idx, old }) => self.slots[idx] = old,
                Some(Bt::LastIndex(old)) => self.lastindex = old,
                Some(Bt::Reg { reg, old }) => self.regs[reg] = old,
                _ => {}
            }
        }
    }

    /// Run a nested body (look-around, atomic group) from `pc` at `pos`.
    fn sub(&mut self, vm: &mut Vm, pc: usize, pos: usize) -> PyResult<Option<usize>> {
        let saved = self.base;
        self.base = self.stack.len();
        let r = self.run(vm, pc, pos);
        self.base = saved;
        r
    }

    fn at_matches(&self, a: At, pos: usize) -> bool {
        let end = self.end;
        match a {
            At::BeginString => pos == 0,
            At::BeginLine => pos == 0 || self.text.at(pos - 1) == 10,
            At::End => pos == end || (pos + 1 == end && self.text.at(pos) == 10),
            At::EndLine => pos == end || self.text.at(pos) == 10,
            At::EndString => pos == end,
            At::Boundary(mode) | At::NonBoundary(mode) => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(self.text.at(pos - 1), mode);
                let after = pos < end && is_word(self.text.at(pos), mode);
                (before != after) == matches!(a, At::Boundary(_))
            }
        }
    }

    fn run(&mut self, vm: &mut Vm, mut pc: usize, mut pos: usize) -> PyResult<Option<usize>> {
        let prog: &'a Program = self.prog;
        let code = &prog.code;
        loop {
            self.tick(vm)?;
            let ok = match &code[pc] {
                Inst::One(s) => {
                    if pos < self.end && s.matches(self.text.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(a) => {
                    if self.at_matches(*a, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Save(idx) => {
                    self.set_slot(*idx, pos);
                    pc += 1;
                    true
                }
                Inst::RepeatOne {
                    item,
                    min,
                    max,
                    kind,
                    next_char,
                } => {
                    let limit = if *max >= self.end - pos { self.end } else { pos + *max };
                    match kind {
                        RepeatKind::Greedy | RepeatKind::Possessive => {
                            let mut p = pos;
                            while p < limit && item.matches(self.text.at(p)) {
                                p += 1;
                            }
                            if p - pos < *min {
                                false
                            } else {
                                let min_pos = pos + *min;
                                if *kind == RepeatKind::Greedy && p > min_pos {
                                    self.stack.push(Bt::RepOneGreedy { pc, min_pos, pos: p });
                                }
                                if let (Some(ch), RepeatKind::Greedy) = (next_char, kind) {
                                    if p >= self.end || self.text.at(p) != *ch {
                                        // Back off at once to a place the literal can follow.
                                        match self.backtrack() {
                                            Some((npc, npos)) => {
                                                pc = npc;
                                                pos = npos;
                                                continue;
                                            }
                                            None => return Ok(None),
                                        }
                                    }
                                }
                                pos = p;
                                pc += 1;
                                true
                            }
                        }
                        RepeatKind::Lazy => {
                            let mut p = pos;
                            while p < pos + *min && p < limit && item.matches(self.text.at(p)) {
                                p += 1;
                            }
                            if p - pos < *min {
                                false
                            } else {
                                if *min < *max {
                                    self.stack.push(Bt::RepOneLazy {
                                        pc,
                                        pos: p,
                                        count: *min,
                                    });
                                }
                                pos = p;
                                pc += 1;
                                true
                            }
                        }
                    }
                }
                Inst::RepStart(reg) => {
                    self.set_reg(*reg, (0, UNSET));
                    pc += 1;
                    true
                }
                Inst::RepCheck {
                    reg,
                    min,
                    max,
                    lazy,
                    body,
                    exit,
                } => {
                    let (count, last) = self.regs[*reg];
                    if count < *min {
                        // Required iterations do not move the empty-iteration
                        // mark (as SRE's `last_ptr`).
                        self.set_reg(*reg, (count + 1, last));
                        pc = *body;
                    } else if pos == last || count >= *max {
                        pc = *exit;
                    } else if *lazy {
                        self.stack.push(Bt::RepIter {
                            reg: *reg,
                            body: *body,
                            pos,
                        });
                        pc = *exit;
                    } else {
                        self.stack.push(Bt::Alt { pc: *exit, pos });
                        self.set_reg(*reg, (count + 1, pos));
                        pc = *body;
                    }
                    true
                }
                Inst::Backref(g, case) => {
                    let (s, e) = (self.slots.get(2 * g).copied(), self.slots.get(2 * g + 1).copied());
                    match (s, e) {
                        (Some(s), Some(e)) if s != UNSET && e != UNSET && s <= e => {
                            let n = e - s;
                            if pos + n > self.end {
                                false
                            } else {
                                let eq = (0..n).all(|k| {
                                    let (a, b) = (self.text.at(s + k), self.text.at(pos + k));
                                    match case {
                                        Case::Exact => a == b,
                                        Case::Ascii => ascii_lower(a) == ascii_lower(b),
                                        Case::Unicode => a == b || lower(a) == lower(b),
                                    }
                                });
                                if eq {
                                    pos += n;
                                    pc += 1;
                                }
                                eq
                            }
                        }
                        _ => false,
                    }
                }
                Inst::Look {
                    behind,
                    negate,
                    body,
                    next,
                } => {
                    let start = match behind {
                        Some(w) if *w > pos => None,
                        Some(w) => Some(pos - *w),
                        None => Some(pos),
                    };
                    let base = self.stack.len();
                    let found = match start {
                        Some(st) => self.sub(vm, *body, st)?.is_some(),
                        None => false,
                    };
                    if found != *negate {
                        if found {
                            self.commit(base);
                        }
                        pc = *next;
                        true
                    } else {
                        if found {
                            self.unwind(base);
                        }
                        false
                    }
                }
                Inst::Atomic { body, next } => {
                    let base = self.stack.len();
                    match self.sub(vm, *body, pos)? {
                        Some(p) => {
                            self.commit(base);
                            pos = p;
                            pc = *next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::Cond(g, no) => {
                    let set = self.slots.get(2 * g + 1).is_some_and(|&e| e != UNSET)
                        && self.slots.get(2 * g).is_some_and(|&s| s != UNSET);
                    pc = if set { pc + 1 } else { *no };
                    true
                }
                Inst::Succeed => return Ok(Some(pos)),
                Inst::Match => {
                    if (self.full && pos != self.end) || (self.must_advance && pos == self.search_start) {
                        false
                    } else {
                        return Ok(Some(pos));
                    }
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((npc, npos)) => {
                        pc = npc;
                        pos = npos;
                    }
                    None => return Ok(None),
                }
            }
        }
    }
}
