//! The instruction set: the one list from which the opcode enum, the names shown by
//! `dis`, operand kinds, stack effects and the table in `docs/internals/bytecode.md`
//! are all derived.
//!
//! # Encoding
//!
//! ```text
//!  31                              8 7          0
//! +---------------------------------+------------+
//! |          arg (24 bits)          |  opcode    |   one u32 word per instruction
//! +---------------------------------+------------+
//! ```
//!
//! An argument that does not fit in 24 bits is preceded by `EXTENDED_ARG hi`, whose
//! argument supplies bits 24..32. Jump arguments are absolute instruction indices (word
//! offsets into `co_code`), never byte offsets.
//!
//! # Notes
//!
//! * Exceptions use a *block stack* (`SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH`,
//!   `POP_BLOCK`): a block remembers a handler address and a stack level. When an
//!   exception propagates, the VM pops the innermost block, truncates the value stack
//!   to its level, pushes the exception and jumps to the handler. `SETUP_FINALLY`
//!   protects everything above the current stack height; `SETUP_CLEANUP` and
//!   `SETUP_WITH` are used when the top of the stack is a value that the handler must
//!   not see again (the just-caught exception, or the result of `__enter__`), so
//!   their level is one below the current height.
//! * An `except` handler starts with `PUSH_EXC_INFO` (`exc -- prev exc`): `prev` is
//!   the exception that was being handled before (what `sys.exc_info()` showed), kept
//!   on the stack so that `POP_EXCEPT` can restore it when the handler ends.
//! * `LOAD_METHOD`/`CALL_METHOD` avoid creating a bound method for `obj.m(...)`: the
//!   VM pushes either `function obj` or `attr NULL` (a VM-private marker), and
//!   `CALL_METHOD n` passes `obj` as the first argument when it is present.
//! * Generators are ordinary frames kept alive by a generator object; `YIELD_VALUE`
//!   suspends the frame, and `YIELD_FROM` re-executes itself until the sub-iterator
//!   is exhausted.
//! * A `match` statement keeps its subject on the stack while the cases are tried
//!   (`COPY 1` before each one); a pattern leaves the values it captures on the
//!   stack, below the items it is still working on, and they are stored only when
//!   the whole pattern has matched. A failing test jumps into a ladder of `POP_TOP`s
//!   that drops exactly what is on the stack at that point (see `codegen/pattern.rs`).
//! * `await x` is `GET_AWAITABLE 0; LOAD_CONST None; YIELD_FROM`: a coroutine
//!   delegates to what it awaits exactly as `yield from` does. In an async
//!   generator, `yield v` is `ASYNC_GEN_WRAP; YIELD_VALUE`, so the objects that
//!   drive it (`asend`, `athrow`) tell its own values from the ones an `await`
//!   passes up to the event loop. The async opcodes follow the `match` ones, then `except*`'s: the numbers stay
//!   contiguous, so decoding a byte is one range check.

/// How an instruction's argument is interpreted (drives the disassembler).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operand {
    /// No argument (it is 0).
    None,
    /// An index into `co_consts`.
    Const,
    /// An index into `co_names`.
    Name,
    /// An index into `co_varnames` (a fast local).
    Local,
    /// An index into `co_cellvars + co_freevars`.
    Deref,
    /// An absolute instruction index.
    Jump,
    /// A count of items or arguments.
    Count,
    /// A [`CompareOp`] number.
    Compare,
    /// A [`BinaryOp`] number.
    Binary,
    /// A small integer whose meaning the opcode's documentation gives.
    Flags,
}

pub use self::defs::*;

mod defs {
    use super::Operand;

    macro_rules! opcode_list {
        ($(
            $(#[doc = $doc:literal])+
            $num:literal $name:ident ($operand:ident) [$($effect:tt)*] |$arg:ident, $jump:ident| $eff:expr;
        )*) => {
            /// A Kaa opcode. The numbers are explicit so reordering the list never
            /// changes the encoding.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[repr(u8)]
            #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
            pub enum Opcode {
                $( $(#[doc = $doc])+ $name = $num, )*
            }

            impl Opcode {
                /// Every opcode, in list order.
                pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

                /// Decode a byte; `None` for a number that names no opcode.
                #[inline]
                pub fn from_u8(b: u8) -> Option<Opcode> {
                    match b {
                        $( $num => Some(Opcode::$name), )*
                        _ => None,
                    }
                }

                /// The name as `dis` shows it (`LOAD_FAST`).
                pub fn name(self) -> &'static str {
                    match self { $( Opcode::$name => stringify!($name), )* }
                }

                /// What the argument means.
                pub fn operand(self) -> Operand {
                    match self { $( Opcode::$name => Operand::$operand, )* }
                }

                /// The stack effect as written in the docs, e.g. `(a b -- c)`.
                pub fn effect_text(self) -> String {
                    let raw = match self { $( Opcode::$name => stringify!($($effect)*), )* };
                    // stringify! spaces tokens oddly; rebuild `(in -- out)` from the words.
                    let words = raw.replace("- -", "--").replace("--", " -- ").replace(['(', ')'], " ");
                    let words: Vec<&str> = words.split_whitespace().collect();
                    let text = words.join(" ").replace(" ...", "...").replace("... ...", "...");
                    format!("({text})").replace("(--", "( --").replace("--)", "-- )")
                }

                /// The documentation of the opcode (one paragraph).
                pub fn doc(self) -> &'static str {
                    match self { $( Opcode::$name => concat!($($doc),+), )* }
                }

                /// Net change in stack height when executing with `arg`; `jump`
                /// selects the effect when a conditional jump is taken.
                #[allow(unused_variables)]
                pub fn stack_effect(self, arg: i32, jump: bool) -> i32 {
                    match self { $( Opcode::$name => { let ($arg, $jump) = (arg, jump); $eff } )* }
                }
            }
        };
    }

    opcode_list! {
        /// Do nothing (a placeholder left by the optimizer).
        0 NOP (None) [( -- )] |a, j| 0;
        /// High bits for the next instruction's argument.
        1 EXTENDED_ARG (Flags) [( -- )] |a, j| 0;
        /// Discard the top of the stack.
        2 POP_TOP (None) [(v -- )] |a, j| -1;
        /// Push a copy of the `arg`-th item from the top (1 is the top).
        3 COPY (Count) [(x ... -- x ... x)] |a, j| 1;
        /// Swap the top with the `arg`-th item from the top (`arg` ≥ 2).
        4 SWAP (Count) [(x ... y -- y ... x)] |a, j| 0;
        /// Push `co_consts[arg]`.
        5 LOAD_CONST (Const) [( -- v)] |a, j| 1;
        /// Push fast local `arg`; `UnboundLocalError` if it has no value.
        6 LOAD_FAST (Local) [( -- v)] |a, j| 1;
        /// Store into fast local `arg`.
        7 STORE_FAST (Local) [(v -- )] |a, j| -1;
        /// Unbind fast local `arg`.
        8 DELETE_FAST (Local) [( -- )] |a, j| 0;
        /// Push name `co_names[arg]` looked up in locals, then globals, then builtins (module and class bodies).
        9 LOAD_NAME (Name) [( -- v)] |a, j| 1;
        /// Bind `co_names[arg]` in the locals mapping.
        10 STORE_NAME (Name) [(v -- )] |a, j| -1;
        /// Unbind `co_names[arg]` from the locals mapping.
        11 DELETE_NAME (Name) [( -- )] |a, j| 0;
        /// Push global `co_names[arg]` (globals, then builtins).
        12 LOAD_GLOBAL (Name) [( -- v)] |a, j| 1;
        /// Bind global `co_names[arg]`.
        13 STORE_GLOBAL (Name) [(v -- )] |a, j| -1;
        /// Unbind global `co_names[arg]`.
        14 DELETE_GLOBAL (Name) [( -- )] |a, j| 0;
        /// Push the contents of cell `arg` (`co_cellvars + co_freevars`).
        15 LOAD_DEREF (Deref) [( -- v)] |a, j| 1;
        /// Store into cell `arg`.
        16 STORE_DEREF (Deref) [(v -- )] |a, j| -1;
        /// Empty cell `arg`.
        17 DELETE_DEREF (Deref) [( -- )] |a, j| 0;
        /// In a class body: the name of cell `arg` from the locals mapping if bound there, else the cell's contents.
        18 LOAD_CLASSDEREF (Deref) [( -- v)] |a, j| 1;
        /// Push cell `arg` itself (to build a closure).
        19 LOAD_CLOSURE (Deref) [( -- cell)] |a, j| 1;
        /// Replace an object by its attribute `co_names[arg]`.
        20 LOAD_ATTR (Name) [(obj -- v)] |a, j| 0;
        /// Set attribute `co_names[arg]`: `obj.name = v`.
        21 STORE_ATTR (Name) [(v obj -- )] |a, j| -2;
        /// Delete attribute `co_names[arg]`.
        22 DELETE_ATTR (Name) [(obj -- )] |a, j| -1;
        /// Look up method `co_names[arg]`: pushes `func obj` when the class has a plain function of that name, else `attr NULL`.
        23 LOAD_METHOD (Name) [(obj -- meth self_or_null)] |a, j| 1;
        /// Call the result of `LOAD_METHOD` with `arg` positional arguments.
        24 CALL_METHOD (Count) [(meth self_or_null args... -- result)] |a, j| -a - 1;
        /// Call with `arg` positional arguments.
        25 CALL (Count) [(callable args... -- result)] |a, j| -a;
        /// Call with `arg` arguments, the last `len(kwnames)` of them by keyword; `kwnames` is a tuple of str.
        26 CALL_KW (Count) [(callable args... kwnames -- result)] |a, j| -a - 1;
        /// Call with an argument tuple, and a keyword dict when `arg & 1`.
        27 CALL_FUNCTION_EX (Flags) [(callable args kwargs? -- result)] |a, j| -1 - (a & 1);
        /// Build a function from a code object. `arg` flags say which extras are on the stack below the code: 1 defaults tuple, 2 keyword-only defaults dict, 4 annotations dict, 8 closure tuple of cells (in that order, lowest first).
        28 MAKE_FUNCTION (Flags) [(defaults? kwdefaults? annotations? closure? code -- function)] |a, j| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1));
        /// Push `builtins.__build_class__`.
        29 LOAD_BUILD_CLASS (None) [( -- build_class)] |a, j| 1;
        /// Apply binary operator `arg` (a [`BinaryOp`]; the in-place ones try `__iadd__` etc. first).
        30 BINARY_OP (Binary) [(a b -- result)] |a, j| -1;
        /// `+v`.
        31 UNARY_POSITIVE (None) [(v -- result)] |a, j| 0;
        /// `-v`.
        32 UNARY_NEGATIVE (None) [(v -- result)] |a, j| 0;
        /// `not v`.
        33 UNARY_NOT (None) [(v -- result)] |a, j| 0;
        /// `~v`.
        34 UNARY_INVERT (None) [(v -- result)] |a, j| 0;
        /// Rich comparison `arg` (a [`CompareOp`]).
        35 COMPARE_OP (Compare) [(a b -- result)] |a, j| -1;
        /// `a is b`, or `a is not b` when `arg` is 1.
        36 IS_OP (Flags) [(a b -- result)] |a, j| -1;
        /// `a in b`, or `a not in b` when `arg` is 1.
        37 CONTAINS_OP (Flags) [(a b -- result)] |a, j| -1;
        /// `container[key]`.
        38 BINARY_SUBSCR (None) [(container key -- v)] |a, j| -1;
        /// `container[key] = v`.
        39 STORE_SUBSCR (None) [(v container key -- )] |a, j| -3;
        /// `del container[key]`.
        40 DELETE_SUBSCR (None) [(container key -- )] |a, j| -2;
        /// Build `slice(start, stop)` (`arg` 2) or `slice(start, stop, step)` (`arg` 3).
        41 BUILD_SLICE (Count) [(start stop step? -- slice)] |a, j| 1 - a;
        /// Build a tuple of `arg` items.
        42 BUILD_TUPLE (Count) [(items... -- tuple)] |a, j| 1 - a;
        /// Build a list of `arg` items.
        43 BUILD_LIST (Count) [(items... -- list)] |a, j| 1 - a;
        /// Build a set of `arg` items.
        44 BUILD_SET (Count) [(items... -- set)] |a, j| 1 - a;
        /// Build a dict of `arg` key/value pairs.
        45 BUILD_MAP (Count) [(k1 v1 ... -- dict)] |a, j| 1 - 2 * a;
        /// Concatenate `arg` strings.
        46 BUILD_STRING (Count) [(strs... -- str)] |a, j| 1 - a;
        /// Append to the list `arg` items below (comprehensions).
        47 LIST_APPEND (Count) [(list ... v -- list ...)] |a, j| -1;
        /// Add to the set `arg` items below (comprehensions).
        48 SET_ADD (Count) [(set ... v -- set ...)] |a, j| -1;
        /// Set `dict[k] = v` in the dict `arg` items below (comprehensions).
        49 MAP_ADD (Count) [(dict ... k v -- dict ...)] |a, j| -2;
        /// Extend the list `arg` items below by an iterable (`[*x]`).
        50 LIST_EXTEND (Count) [(list ... iterable -- list ...)] |a, j| -1;
        /// Update the set `arg` items below from an iterable (`{*x}`).
        51 SET_UPDATE (Count) [(set ... iterable -- set ...)] |a, j| -1;
        /// Update the dict `arg` items below from a mapping (`{**m}`).
        52 DICT_UPDATE (Count) [(dict ... mapping -- dict ...)] |a, j| -1;
        /// Like `DICT_UPDATE` but a repeated key is a `TypeError` (`f(**a, **b)`); the callable is `arg + 2` items below.
        53 DICT_MERGE (Count) [(callable ... dict ... mapping -- callable ... dict ...)] |a, j| -1;
        /// Turn a list into a tuple.
        54 LIST_TO_TUPLE (None) [(list -- tuple)] |a, j| 0;
        /// Format a value for an f-string. `arg & 3`: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`); `arg & 4`: a format spec is on the stack.
        55 FORMAT_VALUE (Flags) [(v spec? -- str)] |a, j| -((a >> 2) & 1);
        /// Unpack an iterable of exactly `arg` items, leaving the first on top.
        56 UNPACK_SEQUENCE (Count) [(seq -- vn ... v1)] |a, j| a - 1;
        /// Unpack with a starred target: `arg & 0xFF` items before it, `arg >> 8` after.
        57 UNPACK_EX (Flags) [(seq -- vn ... list ... v1)] |a, j| (a & 0xFF) + (a >> 8);
        /// `iter(v)`.
        58 GET_ITER (None) [(v -- iter)] |a, j| 0;
        /// Push the iterator's next value, or pop the iterator and jump to `arg` when it is exhausted.
        59 FOR_ITER (Jump) [(iter -- iter next)] |a, j| if j { -1 } else { 1 };
        /// Jump to `arg` (the eval breaker is checked on backward jumps).
        60 JUMP (Jump) [( -- )] |a, j| 0;
        /// Pop; jump to `arg` if the value is false.
        61 POP_JUMP_IF_FALSE (Jump) [(v -- )] |a, j| -1;
        /// Pop; jump to `arg` if the value is true.
        62 POP_JUMP_IF_TRUE (Jump) [(v -- )] |a, j| -1;
        /// If the top is false jump to `arg` keeping it, else pop it (`and`).
        63 JUMP_IF_FALSE_OR_POP (Jump) [(v -- v?)] |a, j| if j { 0 } else { -1 };
        /// If the top is true jump to `arg` keeping it, else pop it (`or`).
        64 JUMP_IF_TRUE_OR_POP (Jump) [(v -- v?)] |a, j| if j { 0 } else { -1 };
        /// Return the top of the stack to the caller.
        65 RETURN_VALUE (None) [(v -- )] |a, j| -1;
        /// Suspend a generator, producing the top; resumes with the sent value pushed.
        66 YIELD_VALUE (None) [(v -- sent)] |a, j| 0;
        /// `iter(v)`, but a generator stays itself (`yield from`).
        67 GET_YIELD_FROM_ITER (None) [(v -- iter)] |a, j| 0;
        /// Send `v` into the sub-iterator and yield what it yields, re-executing until it returns; then push its return value.
        68 YIELD_FROM (None) [(iter v -- result)] |a, j| -1;
        /// Push a block: on an exception, unwind to the current stack height, push the exception, jump to `arg`.
        69 SETUP_FINALLY (Jump) [( -- )] |a, j| if j { 1 } else { 0 };
        /// Like `SETUP_FINALLY` but the handler's level excludes the top item (used inside except handlers).
        70 SETUP_CLEANUP (Jump) [( -- )] |a, j| if j { 0 } else { 0 };
        /// Like `SETUP_CLEANUP`, for the body of a `with` (the `__enter__` result on top is excluded).
        71 SETUP_WITH (Jump) [( -- )] |a, j| if j { 0 } else { 0 };
        /// Pop the innermost block.
        72 POP_BLOCK (None) [( -- )] |a, j| 0;
        /// Start an except handler: push the previously handled exception below the new one, and make the new one current.
        73 PUSH_EXC_INFO (None) [(exc -- prev exc)] |a, j| 1;
        /// End an except handler: restore the previously handled exception.
        74 POP_EXCEPT (None) [(prev -- )] |a, j| -1;
        /// Re-raise the exception on top, keeping its traceback.
        75 RERAISE (None) [(exc -- )] |a, j| -1;
        /// Restore the previously handled exception, then re-raise the one on top.
        76 POP_EXCEPT_AND_RERAISE (None) [(prev exc -- )] |a, j| -2;
        /// Push whether the exception matches the class or tuple of classes (`TypeError` if it is not a class).
        77 CHECK_EXC_MATCH (None) [(exc type -- exc bool)] |a, j| 0;
        /// `raise` (`arg` 0: re-raise the current exception; 1: `raise exc`; 2: `raise exc from cause`).
        78 RAISE_VARARGS (Count) [(exc? cause? -- )] |a, j| -a;
        /// Enter a context manager: push its bound `__exit__` and the result of `__enter__()`.
        79 BEFORE_WITH (None) [(mgr -- exit result)] |a, j| 1;
        /// Call `exit(type, exc, tb)` for the exception on top and push the result.
        80 WITH_EXCEPT_START (None) [(exit prev exc -- exit prev exc result)] |a, j| 1;
        /// Push `AssertionError`.
        81 LOAD_ASSERTION_ERROR (None) [( -- AssertionError)] |a, j| 1;
        /// `import co_names[arg]` with a `level` and `fromlist`; pushes the module.
        82 IMPORT_NAME (Name) [(level fromlist -- module)] |a, j| -1;
        /// Push attribute `co_names[arg]` of the module (`ImportError` if missing).
        83 IMPORT_FROM (Name) [(module -- module v)] |a, j| 1;
        /// `from module import *` into the locals mapping.
        84 IMPORT_STAR (None) [(module -- )] |a, j| -1;
        /// Create `__annotations__` in the locals mapping if missing.
        85 SETUP_ANNOTATIONS (None) [( -- )] |a, j| 0;
        /// Print the repr of a non-None value and bind it to `builtins._` (interactive mode).
        86 PRINT_EXPR (None) [(v -- )] |a, j| -1;
        /// Pop; jump to `arg` if the value is None.
        87 POP_JUMP_IF_NONE (Jump) [(v -- )] |a, j| -1;
        /// Pop; jump to `arg` if the value is not None.
        88 POP_JUMP_IF_NOT_NONE (Jump) [(v -- )] |a, j| -1;
        /// Return `co_consts[arg]` to the caller.
        89 RETURN_CONST (Const) [( -- )] |a, j| 0;
        /// Push `len(obj)`, keeping `obj` (sequence and mapping patterns).
        90 GET_LEN (None) [(obj -- obj len)] |a, j| 1;
        /// Push whether the subject is a mapping for pattern matching (`dict`, `mappingproxy`, `collections.abc.Mapping`).
        91 MATCH_MAPPING (None) [(subject -- subject bool)] |a, j| 1;
        /// Push whether the subject is a sequence for pattern matching (`list`, `tuple`, `range`, `collections.abc.Sequence`, not `str`/`bytes`/`bytearray`).
        92 MATCH_SEQUENCE (None) [(subject -- subject bool)] |a, j| 1;
        /// Look up the keys (a tuple) in the mapping with its `get` method: push a tuple of the values, or `None` if one is missing.
        93 MATCH_KEYS (None) [(subject keys -- subject keys values)] |a, j| 1;
        /// Class pattern with `arg` positional sub-patterns and keyword attribute names `names`: push a tuple of the attributes, or `None` if the subject does not match.
        94 MATCH_CLASS (Count) [(subject cls names -- attrs)] |a, j| -2;
        /// `**rest` of a mapping pattern: a dict of the subject's items without the keys.
        95 COPY_DICT_WITHOUT_KEYS (None) [(subject keys -- subject rest)] |a, j| 0;
        /// `await`: replace `v` by the iterator to delegate to (a coroutine itself, else what `__await__()` returns); `arg` 1 or 2 names `__aenter__` or `__aexit__` in the error message.
        96 GET_AWAITABLE (Flags) [(v -- iter)] |a, j| 0;
        /// `async for`: replace `v` by `v.__aiter__()`.
        97 GET_AITER (None) [(v -- aiter)] |a, j| 0;
        /// `async for`: push the awaitable of `aiter.__anext__()`.
        98 GET_ANEXT (None) [(aiter -- aiter awaitable)] |a, j| 1;
        /// End an `async for` (the handler of its `SETUP_FINALLY`): pop the iterator when the exception is a `StopAsyncIteration`, else re-raise it.
        99 END_ASYNC_FOR (None) [(aiter exc -- )] |a, j| -2;
        /// Enter an asynchronous context manager: push its bound `__aexit__` and the result of `__aenter__()` (to be awaited).
        100 BEFORE_ASYNC_WITH (None) [(mgr -- aexit awaitable)] |a, j| 1;
        /// In an async generator, mark a value for `YIELD_VALUE` as yielded by the generator itself (not passed through from an `await`).
        101 ASYNC_GEN_WRAP (None) [(v -- wrapped)] |a, j| 0;
        /// `except*`: split what is left of the exception (`rest`, None once all matched) by a clause's class or tuple of classes, pushing the unmatched part and the matching group (each None when empty); a bare exception that matches is wrapped in `ExceptionGroup('', (exc,))`.
        102 CHECK_EG_MATCH (None) [(rest type -- rest match)] |a, j| 0;
        /// End of `try`/`except*`: from the caught exception and the list of what the clauses raised or left unhandled, the exception to re-raise, or None.
        103 PREP_RERAISE_STAR (None) [(orig list -- result)] |a, j| -1;
    }
}

/// Rich comparison operators, the argument of `COMPARE_OP`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub fn from_u32(v: u32) -> Option<CompareOp> {
        Some(match v {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }
    /// The operator as written in Python.
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    /// The operator with its operands swapped (`a < b` ⇔ `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
}

/// Binary operators, the argument of `BINARY_OP` (in-place forms are `+ 13`, as CPython's `NB_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

impl BinaryOp {
    const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::And,
        BinaryOp::FloorDivide,
        BinaryOp::Lshift,
        BinaryOp::MatrixMultiply,
        BinaryOp::Multiply,
        BinaryOp::Remainder,
        BinaryOp::Or,
        BinaryOp::Power,
        BinaryOp::Rshift,
        BinaryOp::Subtract,
        BinaryOp::TrueDivide,
        BinaryOp::Xor,
    ];
    /// Offset added to the argument for the in-place form (`+=`).
    pub const INPLACE: u32 = 13;

    /// Decode a `BINARY_OP` argument into the operator and whether it is in-place.
    pub fn decode(arg: u32) -> Option<(BinaryOp, bool)> {
        let inplace = arg >= Self::INPLACE;
        let base = if inplace { arg - Self::INPLACE } else { arg };
        Self::ALL.get(base as usize).map(|&op| (op, inplace))
    }

    pub fn symbol(self) -> &'static str {
        ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"][self as usize]
    }
    /// The special method name (`__add__`).
    pub fn dunder(self) -> &'static str {
        [
            "__add__",
            "__and__",
            "__floordiv__",
            "__lshift__",
            "__matmul__",
            "__mul__",
            "__mod__",
            "__or__",
            "__pow__",
            "__rshift__",
            "__sub__",
            "__truediv__",
            "__xor__",
        ][self as usize]
    }
    /// The reflected special method name (`__radd__`).
    pub fn rdunder(self) -> &'static str {
        [
            "__radd__",
            "__rand__",
            "__rfloordiv__",
            "__rlshift__",
            "__rmatmul__",
            "__rmul__",
            "__rmod__",
            "__ror__",
            "__rpow__",
            "__rrshift__",
            "__rsub__",
            "__rtruediv__",
            "__rxor__",
        ][self as usize]
    }
    /// The in-place special method name (`__iadd__`).
    pub fn idunder(self) -> &'static str {
        [
            "__iadd__",
            "__iand__",
            "__ifloordiv__",
            "__ilshift__",
            "__imatmul__",
            "__imul__",
            "__imod__",
            "__ior__",
            "__ipow__",
            "__irshift__",
            "__isub__",
            "__itruediv__",
            "__ixor__",
        ][self as usize]
    }
}

/// One encoded instruction word. See the module docs for the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CodeUnit(pub u32);

impl CodeUnit {
    /// Largest argument that fits without `EXTENDED_ARG`.
    pub const MAX_ARG: u32 = (1 << 24) - 1;

    #[inline]
    pub fn new(op: Opcode, arg: u32) -> CodeUnit {
        debug_assert!(arg <= Self::MAX_ARG);
        CodeUnit((arg << 8) | op as u32)
    }
    #[inline]
    pub fn op_byte(self) -> u8 {
        self.0 as u8
    }
    #[inline]
    pub fn arg(self) -> u32 {
        self.0 >> 8
    }
}

/// Render the opcode table of `docs/internals/bytecode.md` (between its markers).
pub fn opcode_table_markdown() -> String {
    let mut out = String::from("| # | Opcode | Argument | Stack | What it does |\n|---|---|---|---|---|\n");
    for op in Opcode::ALL {
        out.push_str(&format!(
            "| {} | `{}` | {:?} | `{}` | {} |\n",
            *op as u8,
            op.name(),
            op.operand(),
            op.effect_text(),
            op.doc().trim().replace('|', "\\|")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_are_numbered_without_gaps() {
        // The dispatch loop decodes every byte with `from_u8`: with no gaps
        // the compiler makes that one range check (a gap once cost 4% of a
        // call-bound program's instructions).
        let known = (0..=255u8).filter(|&b| Opcode::from_u8(b).is_some()).count();
        assert!((0..known).all(|b| Opcode::from_u8(b as u8).is_some()));
    }

    #[test]
    fn numbers_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
            let unit = CodeUnit::new(op, 12345);
            assert_eq!(unit.op_byte(), op as u8);
            assert_eq!(unit.arg(), 12345);
        }
    }

    #[test]
    fn effects_render() {
        assert_eq!(Opcode::BINARY_OP.effect_text(), "(a b -- result)");
        assert_eq!(Opcode::NOP.effect_text(), "( -- )");
        assert_eq!(Opcode::BUILD_TUPLE.stack_effect(3, false), -2);
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, true), -1);
    }
}
