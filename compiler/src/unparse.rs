//! Expressions back to source text, for `from __future__ import annotations`
//! (PEP 563): each annotation is stored as the string CPython's compiler
//! makes of it, so `f.__annotations__` prints the same in both.
//!
//! The text is canonical, not the source as written: one space around binary
//! operators, parentheses only where precedence needs them (`3 ** (-x)`,
//! `(a + b) * c`), constants by their repr (`0xff` is `255`, `1e400` is
//! `1e309`), strings re-quoted as `repr` does, and f-strings rebuilt.

use crate::ast::*;
use crate::dis;

/// Binding strength, weakest first (CPython's grammar levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    fn next(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The annotation text of `e`.
pub fn annotation(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, Prec::Test);
    out
}

fn binop(op: Operator) -> (&'static str, Prec) {
    use Operator::*;
    match op {
        Add => ("+", Prec::Arith),
        Sub => ("-", Prec::Arith),
        Mult => ("*", Prec::Term),
        MatMult => ("@", Prec::Term),
        Div => ("/", Prec::Term),
        Mod => ("%", Prec::Term),
        FloorDiv => ("//", Prec::Term),
        Pow => ("**", Prec::Power),
        LShift => ("<<", Prec::Shift),
        RShift => (">>", Prec::Shift),
        BitOr => ("|", Prec::BitOr),
        BitXor => ("^", Prec::BitXor),
        BitAnd => ("&", Prec::BitAnd),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    use CmpOp::*;
    match op {
        Eq => "==",
        NotEq => "!=",
        Lt => "<",
        LtE => "<=",
        Gt => ">",
        GtE => ">=",
        Is => "is",
        IsNot => "is not",
        In => "in",
        NotIn => "not in",
    }
}

fn paren(out: &mut String, needed: bool, f: impl FnOnce(&mut String)) {
    if needed {
        out.push('(');
    }
    f(out);
    if needed {
        out.push(')');
    }
}

fn comma_list(out: &mut String, items: &[Expr], level: Prec) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, level);
    }
}

fn expr(out: &mut String, e: &Expr, level: Prec) {
    stacker::maybe_grow(32 * 1024, 1024 * 1024, || expr_inner(out, e, level));
}

fn expr_inner(out: &mut String, e: &Expr, level: Prec) {
    match e {
        Expr::BoolOp(b) => {
            let (word, pr) = match b.op {
                BoolOp::And => (" and ", Prec::And),
                BoolOp::Or => (" or ", Prec::Or),
            };
            paren(out, level > pr, |out| {
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(word);
                    }
                    expr(out, v, pr.next());
                }
            });
        }
        Expr::NamedExpr(n) => paren(out, level > Prec::Tuple, |out| {
            expr(out, &n.target, Prec::Atom);
            out.push_str(" := ");
            expr(out, &n.value, Prec::Atom);
        }),
        Expr::BinOp(b) => {
            let (sym, pr) = binop(b.op);
            let (left, right) = if b.op == Operator::Pow {
                (pr.next(), pr)
            } else {
                (pr, pr.next())
            };
            paren(out, level > pr, |out| {
                expr(out, &b.left, left);
                out.push(' ');
                out.push_str(sym);
                out.push(' ');
                expr(out, &b.right, right);
            });
        }
        Expr::UnaryOp(u) => {
            let (sym, pr) = match u.op {
                UnaryOp::Not => ("not ", Prec::Not),
                UnaryOp::Invert => ("~", Prec::Factor),
                UnaryOp::UAdd => ("+", Prec::Factor),
                UnaryOp::USub => ("-", Prec::Factor),
            };
            paren(out, level > pr, |out| {
                out.push_str(sym);
                expr(out, &u.operand, pr);
            });
        }
        Expr::Lambda(l) => paren(out, level > Prec::Test, |out| {
            out.push_str("lambda");
            let mut a = String::new();
            arguments(&mut a, &l.args);
            if !a.is_empty() {
                out.push(' ');
                out.push_str(&a);
            }
            out.push_str(": ");
            expr(out, &l.body, Prec::Test);
        }),
        Expr::IfExp(i) => paren(out, level > Prec::Test, |out| {
            expr(out, &i.body, Prec::Test.next());
            out.push_str(" if ");
            expr(out, &i.test, Prec::Test.next());
            out.push_str(" else ");
            expr(out, &i.orelse, Prec::Test);
        }),
        Expr::Dict(d) => {
            out.push('{');
            for (i, (k, v)) in d.keys.iter().zip(&d.values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Prec::Test);
                        out.push_str(": ");
                        expr(out, v, Prec::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Prec::BitOr);
                    }
                }
            }
            out.push('}');
        }
        Expr::Set(s) => {
            if s.elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                comma_list(out, &s.elts, Prec::Test);
                out.push('}');
            }
        }
        Expr::ListComp(c) => {
            out.push('[');
            expr(out, &c.elt, Prec::Test);
            generators(out, &c.generators);
            out.push(']');
        }
        Expr::SetComp(c) => {
            out.push('{');
            expr(out, &c.elt, Prec::Test);
            generators(out, &c.generators);
            out.push('}');
        }
        Expr::DictComp(c) => {
            out.push('{');
            expr(out, &c.key, Prec::Test);
            out.push_str(": ");
            expr(out, &c.value, Prec::Test);
            generators(out, &c.generators);
            out.push('}');
        }
        Expr::GeneratorExp(g) => {
            out.push('(');
            expr(out, &g.elt, Prec::Test);
            generators(out, &g.generators);
            out.push(')');
        }
        Expr::Await(a) => paren(out, level > Prec::Await, |out| {
            out.push_str("await ");
            expr(out, &a.value, Prec::Atom);
        }),
        Expr::Yield(y) => paren(out, true, |out| {
            out.push_str("yield");
            if let Some(v) = &y.value {
                out.push(' ');
                expr(out, v, Prec::Test);
            }
        }),
        Expr::YieldFrom(y) => paren(out, true, |out| {
            out.push_str("yield from ");
            expr(out, &y.value, Prec::Test);
        }),
        Expr::Compare(c) => paren(out, level > Prec::Cmp, |out| {
            expr(out, &c.left, Prec::Cmp.next());
            for (op, r) in c.ops.iter().zip(&c.comparators) {
                out.push(' ');
                out.push_str(cmpop(*op));
                out.push(' ');
                expr(out, r, Prec::Cmp.next());
            }
        }),
        Expr::Call(c) => {
            expr(out, &c.func, Prec::Atom);
            out.push('(');
            let lone_genexp = c.args.len() == 1 && c.keywords.is_empty() && matches!(c.args[0], Expr::GeneratorExp(_));
            if lone_genexp {
                if let Expr::GeneratorExp(g) = &c.args[0] {
                    expr(out, &g.elt, Prec::Test);
                    generators(out, &g.generators);
                }
            } else {
                let mut first = true;
                for a in &c.args {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    expr(out, a, Prec::Test);
                }
                for k in &c.keywords {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    match &k.arg {
                        Some(name) => {
                            out.push_str(&name.name);
                            out.push('=');
                        }
                        None => out.push_str("**"),
                    }
                    expr(out, &k.value, Prec::Test);
                }
            }
            out.push(')');
        }
        Expr::FormattedValue(_) | Expr::JoinedStr(_) => {
            let mut body = String::new();
            fstring_body(&mut body, e);
            out.push('f');
            out.push_str(&dis::str_repr(&body));
        }
        Expr::Constant(c) => constant(out, &c.value),
        Expr::Attribute(a) => {
            expr(out, &a.value, Prec::Atom);
            // `1 .real`: a decimal int needs a space before the dot.
            if let Expr::Constant(ExprConstant {
                value: Constant::Int(_) | Constant::BigInt { .. },
                ..
            }) = &*a.value
            {
                out.push(' ');
            }
            out.push('.');
            out.push_str(&a.attr.name);
        }
        Expr::Subscript(s) => {
            expr(out, &s.value, Prec::Atom);
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => {
                    comma_list(out, &t.elts, Prec::Test);
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => expr(out, other, Prec::Tuple),
            }
            out.push(']');
        }
        Expr::Starred(s) => {
            out.push('*');
            expr(out, &s.value, Prec::BitOr);
        }
        Expr::Name(n) => out.push_str(&n.id),
        Expr::List(l) => {
            out.push('[');
            comma_list(out, &l.elts, Prec::Test);
            out.push(']');
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
            } else {
                paren(out, level > Prec::Tuple, |out| {
                    comma_list(out, &t.elts, Prec::Test);
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                });
            }
        }
        Expr::Slice(s) => {
            if let Some(l) = &s.lower {
                expr(out, l, Prec::Test);
            }
            out.push(':');
            if let Some(u) = &s.upper {
                expr(out, u, Prec::Test);
            }
            if let Some(st) = &s.step {
                out.push(':');
                expr(out, st, Prec::Test);
            }
        }
    }
}

fn generators(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, Prec::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, Prec::Test.next());
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, Prec::Test.next());
        }
    }
}

fn arguments(out: &mut String, a: &Arguments) {
    let mut parts: Vec<String> = Vec::new();
    let positional: Vec<&Arg> = a.posonlyargs.iter().chain(&a.args).collect();
    let first_default = positional.len().saturating_sub(a.defaults.len());
    for (i, arg) in positional.iter().enumerate() {
        let mut p = arg.arg.name.clone();
        if i >= first_default {
            p.push('=');
            expr(&mut p, &a.defaults[i - first_default], Prec::Test);
        }
        parts.push(p);
        if i + 1 == a.posonlyargs.len() {
            parts.push("/".to_string());
        }
    }
    if let Some(v) = &a.vararg {
        parts.push(format!("*{}", v.arg.name));
    } else if !a.kwonlyargs.is_empty() {
        parts.push("*".to_string());
    }
    for (arg, default) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        let mut p = arg.arg.name.clone();
        if let Some(d) = default {
            p.push('=');
            expr(&mut p, d, Prec::Test);
        }
        parts.push(p);
    }
    if let Some(k) = &a.kwarg {
        parts.push(format!("**{}", k.arg.name));
    }
    out.push_str(&parts.join(", "));
}

/// The inside of an f-string, braces doubled in literal text.
fn fstring_body(out: &mut String, e: &Expr) {
    match e {
        Expr::JoinedStr(j) => {
            for v in &j.values {
                fstring_body(out, v);
            }
        }
        Expr::Constant(ExprConstant {
            value: Constant::Str(s),
            ..
        }) => {
            for ch in s.chars() {
                match ch {
                    '{' => out.push_str("{{"),
                    '}' => out.push_str("}}"),
                    c => out.push(c),
                }
            }
        }
        Expr::FormattedValue(f) => {
            let mut inner = String::new();
            expr(&mut inner, &f.value, Prec::Test.next());
            out.push('{');
            if inner.starts_with('{') {
                out.push(' ');
            }
            out.push_str(&inner);
            match f.conversion {
                Some(Conversion::Str) => out.push_str("!s"),
                Some(Conversion::Repr) => out.push_str("!r"),
                Some(Conversion::Ascii) => out.push_str("!a"),
                None => {}
            }
            if let Some(spec) = &f.format_spec {
                out.push(':');
                fstring_body(out, spec);
            }
            out.push('}');
        }
        other => expr(out, other, Prec::Test),
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt { digits, radix } => out.push_str(&dis::bigint_decimal(digits, *radix)),
        Constant::Float(f) => float_repr(out, *f),
        // As CPython: the repr, with infinities written `1e309` (`1e309j`).
        Constant::Complex { real, imag } => out.push_str(&dis::complex_repr(*real, *imag).replace("inf", "1e309")),
        Constant::Str(s) => out.push_str(&dis::str_repr(s)),
        Constant::Bytes(b) => out.push_str(&dis::bytes_repr(b)),
    }
}

/// Python's `repr(float)`, except that infinity is written `1e309` so that
/// the text evaluates back to it, as CPython's compiler does.
fn float_repr(out: &mut String, f: f64) {
    if f.is_infinite() {
        out.push_str(if f > 0.0 { "1e309" } else { "-1e309" });
    } else {
        out.push_str(&dis::float_repr(f));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_python() {
        for (f, s) in [
            (1e10, "10000000000.0"),
            (1.0, "1.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (1e-5, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (0.1, "0.1"),
            (123.456, "123.456"),
            (-2.5, "-2.5"),
            (0.0, "0.0"),
            (f64::INFINITY, "1e309"),
        ] {
            let mut out = String::new();
            float_repr(&mut out, f);
            assert_eq!(out, s);
        }
    }
}
