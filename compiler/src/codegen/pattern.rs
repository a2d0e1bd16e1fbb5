//! Code generation for the `match` statement (PEP 634).
//!
//! The subject stays on the stack while the cases are tried: every case but the
//! last starts with `COPY 1`, and its pattern consumes the copy. A pattern works
//! on the value on top of the stack and, on success, leaves what it captured on
//! the stack; the names are stored only when the whole pattern has matched, so a
//! failed case binds nothing (a failed *guard* does leave its bindings, as in
//! CPython). Stack layout while a sub-pattern runs:
//!
//! ```text
//!   ... | captured values (stores) | items still being worked on (on_top) | value
//!         first capture on top          e.g. the rest of an UNPACK_SEQUENCE
//! ```
//!
//! A new capture is rotated (with `SWAP`s) below everything above the captures,
//! so they come out in capture order for the `STORE`s. A failing test jumps into a
//! ladder of `POP_TOP`s (`fail_pop[n]` pops `n` items, then falls into
//! `fail_pop[n-1]`, ... `fail_pop[0]`, the start of the next case), so whatever is
//! on the stack when a test fails is dropped. An OR pattern tries each
//! alternative on a copy of the value and reorders the captures of every
//! alternative to the order of the first one.

use super::*;

/// The state of one pattern being compiled (CPython's `pattern_context`).
struct PatternContext {
    /// Names captured so far, in capture order.
    stores: Vec<String>,
    /// May an irrefutable pattern appear here?
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items and falls into `fail_pop[n - 1]`.
    fail_pop: Vec<Label>,
    /// Items above the captures that the current sub-pattern must leave alone.
    on_top: usize,
}

impl PatternContext {
    fn new(allow_irrefutable: bool) -> Self {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p,
        Pattern::MatchAs {
            pattern: None,
            name: None,
            ..
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar { name: None, .. })
}

/// Does the literal `a` equal `b` as Python's `==` on the constants would say?
fn const_keys_equal(a: &Constant, b: &Constant) -> bool {
    fn num(c: &Constant) -> Option<(f64, f64, Option<i128>)> {
        match c {
            Constant::Bool(b) => Some((f64::from(u8::from(*b)), 0.0, Some(i128::from(*b)))),
            Constant::Int(i) => Some((*i as f64, 0.0, Some(i128::from(*i)))),
            Constant::Float(f) => Some((*f, 0.0, None)),
            Constant::Complex { real, imag } => Some((*real, *imag, None)),
            _ => None,
        }
    }
    match (a, b) {
        (Constant::None, Constant::None) => true,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::BigInt { digits: d1, radix: r1 }, Constant::BigInt { digits: d2, radix: r2 }) => {
            crate::dis::bigint_decimal(d1, *r1) == crate::dis::bigint_decimal(d2, *r2)
        }
        _ => match (num(a), num(b)) {
            (Some((_, _, Some(x))), Some((_, _, Some(y)))) => x == y,
            (Some((r1, i1, _)), Some((r2, i2, _))) => r1 == r2 && i1 == i2,
            _ => false,
        },
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...` (CPython's `compiler_match`).
    pub(super) fn compile_match(&mut self, m: &'a StmtMatch) -> Result<()> {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        let ncases = m.cases.len();
        let last = &m.cases[ncases - 1];
        // A final `case _:` needs no copy of the subject and no test.
        let has_default = ncases > 1 && is_wildcard(&last.pattern);
        let tested = ncases - usize::from(has_default);
        for (i, case) in m.cases[..tested].iter().enumerate() {
            self.set_line(case.pattern.range());
            let keep_subject = i + 1 != tested;
            if keep_subject {
                self.emit(Opcode::COPY, 1);
            }
            let mut pc = PatternContext::new(case.guard.is_some() || i + 1 == ncases);
            self.compile_pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            let stores = std::mem::take(&mut pc.stores);
            for name in &stores {
                self.name_op(name, ExprContext::Store)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(guard, false, fail)?;
            }
            if keep_subject {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.compile_body(&case.body)?;
            self.emit_jump(Opcode::JUMP, end);
            self.set_line(case.pattern.range());
            self.emit_fail_pop(&mut pc);
        }
        if has_default {
            self.set_line(last.pattern.range());
            self.emit(Opcode::NOP, 0);
            if let Some(guard) = &last.guard {
                self.jump_if(guard, false, end)?;
            }
            self.compile_body(&last.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jump with `op` to the label that pops what is on the stack: the captures,
    /// the items on top, and `extra` more (the value under test, ...).
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Opcode, extra: usize) {
        let pops = pc.stores.len() + pc.on_top + extra;
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        self.emit_jump(op, target);
    }

    /// The `POP_TOP` ladder; ends at `fail_pop[0]`.
    fn emit_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// Move the top of the stack `depth - 1` places down.
    fn rotate_down(&mut self, depth: usize) {
        for i in (2..=depth).rev() {
            self.emit(Opcode::SWAP, i as u32);
        }
        self.drop_identity_swaps();
    }

    /// Bring the item `depth` places down (1 is the top) to the top.
    fn rotate_up(&mut self, depth: usize) {
        for i in 2..=depth {
            self.emit(Opcode::SWAP, i as u32);
        }
        self.drop_identity_swaps();
    }

    /// Remove the longest run of `SWAP`s at the end of the code that leaves the
    /// stack as it was (captures stored in the order an unpack left them need no
    /// rotation at all). No jump may land inside the run. Runs are looked at up to
    /// a bounded length and depth, so huge patterns stay linear.
    fn drop_identity_swaps(&mut self) {
        const MAX_RUN: usize = 512;
        const MAX_DEPTH: usize = 64;
        let u = self.u();
        let here = u.instrs.len();
        if u.labels.contains(&(here as u32)) {
            return;
        }
        let mut start = here;
        while start > 0 && here - start < MAX_RUN && u.instrs[start - 1].op == Opcode::SWAP {
            if u.instrs[start - 1].arg as usize > MAX_DEPTH || u.labels.contains(&(start as u32)) {
                break;
            }
            start -= 1;
        }
        // `perm[i]`: which item (counted from the top) ends at place `i` after
        // the SWAPs from `k` on; prepend one SWAP at a time.
        let mut perm: Vec<usize> = (0..MAX_DEPTH).collect();
        let mut best = None;
        for k in (start..here).rev() {
            let s = u.instrs[k].arg as usize - 1;
            for p in perm.iter_mut() {
                if *p == 0 {
                    *p = s;
                } else if *p == s {
                    *p = 0;
                }
            }
            if perm.iter().enumerate().all(|(i, &p)| i == p) {
                best = Some(k);
            }
        }
        if let Some(k) = best {
            u.instrs.truncate(k);
        }
    }

    /// Capture the value on top as `name` (CPython's `pattern_helper_store_name`).
    fn pattern_store_name(&mut self, name: &Ident, pc: &mut PatternContext, range: Range) -> Result<()> {
        self.check_capture_name(name, pc, range)?;
        self.rotate_down(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.name.clone());
        Ok(())
    }

    fn check_capture_name(&self, name: &Ident, pc: &PatternContext, range: Range) -> Result<()> {
        if name.name == "__debug__" {
            return Err(err("cannot assign to __debug__", range));
        }
        if pc.stores.iter().any(|s| *s == name.name) {
            return Err(err(
                format!("multiple assignments to name '{}' in pattern", name.name),
                range,
            ));
        }
        Ok(())
    }

    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        self.guard(p.range(), |c| {
            c.set_line(p.range());
            c.compile_pattern_inner(p, pc)
        })
    }

    fn compile_pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        match p {
            Pattern::MatchValue { value, .. } => {
                // Checked here, as CPython's compiler does: `ast.parse` accepts it.
                if matches!(**value, Expr::JoinedStr(_)) {
                    return Err(err(
                        "patterns may only match literals and attribute lookups",
                        value.range(),
                    ));
                }
                self.compile_expr(value)?;
                self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE, 0);
            }
            Pattern::MatchSingleton { value, .. } => {
                self.load_const(const_from_ast(value));
                self.emit(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE, 0);
            }
            Pattern::MatchAs { pattern, name, range } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(match name {
                            Some(n) => err(
                                format!("name capture '{}' makes remaining patterns unreachable", n.name),
                                *range,
                            ),
                            None => err("wildcard makes remaining patterns unreachable", *range),
                        });
                    }
                    match name {
                        Some(n) => self.pattern_store_name(n, pc, *range)?,
                        None => self.emit(Opcode::POP_TOP, 0),
                    }
                }
                Some(inner) => {
                    // Keep the value for the name while the inner pattern runs.
                    self.emit(Opcode::COPY, 1);
                    pc.on_top += 1;
                    self.compile_pattern(inner, pc)?;
                    pc.on_top -= 1;
                    if let Some(n) = name {
                        self.pattern_store_name(n, pc, *range)?;
                    }
                }
            },
            Pattern::MatchStar { name, range } => match name {
                Some(n) => self.pattern_store_name(n, pc, *range)?,
                None => self.emit(Opcode::POP_TOP, 0),
            },
            Pattern::MatchSequence { patterns, range } => self.compile_sequence_pattern(patterns, *range, pc)?,
            Pattern::MatchMapping {
                keys,
                patterns,
                rest,
                range,
            } => self.compile_mapping_pattern(keys, patterns, rest.as_ref(), *range, pc)?,
            Pattern::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
                ..
            } => self.compile_class_pattern(cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            Pattern::MatchOr { patterns, .. } => self.compile_or_pattern(patterns, pc)?,
        }
        Ok(())
    }

    /// Sub-patterns of sequences, mappings and classes may be irrefutable.
    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.compile_pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn compile_sequence_pattern(
        &mut self,
        patterns: &'a [Pattern],
        range: Range,
        pc: &mut PatternContext,
    ) -> Result<()> {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcards = true;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar { .. }) {
                if star.is_some() {
                    return Err(err("multiple starred names in sequence pattern", range));
                }
                star = Some(i);
            }
            only_wildcards &= is_wildcard(p) || is_star_wildcard(p);
        }
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE, 1);
        match star {
            None => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(ConstValue::Int(size as i64));
                self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE, 1);
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(ConstValue::Int(size as i64 - 1));
                self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE, 1);
            }
            Some(_) => {}
        }
        if only_wildcards {
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        if let Some(s) = star.filter(|&s| is_star_wildcard(&patterns[s])) {
            // `[a, *_, b]`: index the subject instead of unpacking it all.
            for (i, p) in patterns.iter().enumerate() {
                if is_wildcard(p) || i == s {
                    continue;
                }
                self.emit(Opcode::COPY, 1);
                if i < s {
                    self.load_const(ConstValue::Int(i as i64));
                } else {
                    // Counted from the end: `len(subject) - (size - i)`, as CPython.
                    self.emit(Opcode::GET_LEN, 0);
                    self.load_const(ConstValue::Int((size - i) as i64));
                    self.emit(Opcode::BINARY_OP, BinaryOp::Subtract as u32);
                }
                self.emit(Opcode::BINARY_SUBSCR, 0);
                pc.on_top += 1;
                self.compile_subpattern(p, pc)?;
                pc.on_top -= 1;
            }
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        match star {
            None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32),
            Some(s) => self.emit(Opcode::UNPACK_EX, (s | ((size - s - 1) << 8)) as u32),
        }
        self.match_unpacked(patterns, pc)
    }

    /// Match `patterns` against the items an `UNPACK_SEQUENCE` left (first on top).
    fn match_unpacked(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> Result<()> {
        let n = patterns.len();
        // All plain captures (`Point(x, y)`, `[a, *b]`): the items are already in
        // capture order, so move the block below the captures and items under it
        // in one go instead of rotating each one.
        let names: Option<Vec<(&Ident, Range)>> = patterns
            .iter()
            .map(|p| match p {
                Pattern::MatchAs {
                    pattern: None,
                    name: Some(n),
                    range,
                }
                | Pattern::MatchStar { name: Some(n), range } => Some((n, *range)),
                _ => None,
            })
            .collect();
        if let Some(names) = names.filter(|v| v.len() > 1) {
            for (name, range) in names {
                self.check_capture_name(name, pc, range)?;
                pc.stores.push(name.name.clone());
            }
            let below = pc.stores.len() - n + pc.on_top;
            for _ in 0..below {
                self.rotate_up(n + below);
            }
            return Ok(());
        }
        pc.on_top += n;
        for p in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    fn compile_mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a Ident>,
        range: Range,
        pc: &mut PatternContext,
    ) -> Result<()> {
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE, 1);
        if keys.is_empty() && rest.is_none() {
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        let nkeys = keys.len();
        if nkeys > 0 {
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(ConstValue::Int(nkeys as i64));
            self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE, 1);
        }
        // Literal keys must differ; the keys go in one tuple.
        let mut seen: Vec<&Constant> = Vec::new();
        let mut all_const = true;
        for key in keys {
            match key {
                Expr::Constant(c) => {
                    if seen.iter().any(|s| const_keys_equal(s, &c.value)) {
                        return Err(err(
                            format!(
                                "mapping pattern checks duplicate key ({})",
                                crate::dis::const_repr(&const_from_ast(&c.value))
                            ),
                            range,
                        ));
                    }
                    seen.push(&c.value);
                }
                Expr::Attribute(_) => all_const = false,
                _ => {
                    return Err(err(
                        "mapping pattern keys may only match literals and attribute lookups",
                        range,
                    ))
                }
            }
        }
        if all_const {
            let items: Vec<ConstValue> = keys.iter().filter_map(|k| self.const_of(k)).collect();
            self.load_const(ConstValue::Tuple(items.into()));
        } else {
            for key in keys {
                self.compile_expr(key)?;
            }
            self.emit(Opcode::BUILD_TUPLE, nkeys as u32);
        }
        self.emit(Opcode::MATCH_KEYS, 0);
        self.emit(Opcode::COPY, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_NONE, 3);
        // subject keys values: unpack the values, keeping subject and keys.
        pc.on_top += 2;
        self.emit(Opcode::UNPACK_SEQUENCE, nkeys as u32);
        self.match_unpacked(patterns, pc)?;
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                self.emit(Opcode::COPY_DICT_WITHOUT_KEYS, 0);
                pc.on_top += 1;
                let at = patterns.last().map_or(range, Pattern::range);
                self.pattern_store_name(name, pc, at)?;
                pc.on_top -= 1;
                self.emit(Opcode::POP_TOP, 0);
            }
            None => {
                self.emit(Opcode::POP_TOP, 0);
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    fn compile_class_pattern(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Ident],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> Result<()> {
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].iter().any(|a| a.name == attr.name) {
                return Err(err(
                    format!("attribute name repeated in class pattern: {}", attr.name),
                    kwd_patterns[i].range(),
                ));
            }
        }
        self.compile_expr(cls)?;
        let names: Vec<ConstValue> = kwd_attrs.iter().map(|a| Self::str_const(&a.name)).collect();
        self.load_const(ConstValue::Tuple(names.into()));
        self.emit(Opcode::MATCH_CLASS, patterns.len() as u32);
        self.emit(Opcode::COPY, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_NONE, 1);
        let n = patterns.len() + kwd_patterns.len();
        self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
        pc.on_top += n;
        for p in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    fn compile_or_pattern(&mut self, alts: &'a [Pattern], pc: &mut PatternContext) -> Result<()> {
        let end = self.new_label();
        let mut control: Option<Vec<String>> = None;
        let n_alts = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.set_line(alt.range());
            self.emit(Opcode::COPY, 1);
            let mut sub = PatternContext::new(pc.allow_irrefutable && i + 1 == n_alts);
            self.compile_pattern(alt, &mut sub)?;
            match &control {
                None => control = Some(sub.stores.clone()),
                Some(ctrl) => {
                    let mut a = sub.stores.clone();
                    let mut b = ctrl.clone();
                    a.sort();
                    b.sort();
                    if a != b {
                        return Err(err("alternative patterns bind different names", alt.range()));
                    }
                    if sub.stores != *ctrl {
                        // Reorder: bring the captures to the top in reverse control
                        // order, so the first control name ends on top.
                        let mut order = sub.stores.clone(); // top first
                        for name in ctrl.iter().rev() {
                            let depth = order.iter().position(|s| s == name).unwrap_or(0) + 1;
                            self.rotate_up(depth);
                            let v = order.remove(depth - 1);
                            order.insert(0, v);
                        }
                    }
                }
            }
            self.emit_jump(Opcode::JUMP, end);
            self.emit_fail_pop(&mut sub);
        }
        // No alternative matched: drop the value and fail.
        self.emit(Opcode::POP_TOP, 0);
        self.jump_to_fail_pop(pc, Opcode::JUMP, 0);
        self.bind(end);
        // value caps...: drop the value under the captures, then move the
        // captures below the outer captures and items.
        let control = control.unwrap_or_default();
        let n = control.len();
        self.rotate_up(n + 1);
        self.emit(Opcode::POP_TOP, 0);
        for name in &control {
            if pc.stores.iter().any(|s| s == name) {
                return Err(err(
                    format!("multiple assignments to name '{name}' in pattern"),
                    alts[0].range(),
                ));
            }
        }
        let window = pc.stores.len() + pc.on_top + n;
        for _ in 0..n {
            self.rotate_down(window);
        }
        pc.stores.extend(control);
        Ok(())
    }
}
