//! Frames: the state of one running (or suspended) code object.

use crate::object::function::PyCode;
use crate::object::PyObjectRef;
use crate::valstack::ValStack;

/// An entry of the block stack (see the Notes in `kaa_compiler::bytecode`).
#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// Where to jump when an exception reaches this block.
    pub handler: u32,
    /// The value-stack height to unwind to before pushing the exception.
    pub level: u32,
}

pub struct Frame {
    /// The `PyCode` being run.
    pub code: PyObjectRef,
    /// Fast locals (`co_varnames`); `None` is unbound.
    pub fastlocals: Vec<Option<PyObjectRef>>,
    /// Cells for `co_cellvars` followed by `co_freevars`.
    pub cells: Vec<PyObjectRef>,
    /// The value stack, room for `co_stacksize` items (`valstack.rs`).
    pub stack: ValStack,
    pub blocks: Vec<Block>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Index of the instruction being executed (for line numbers in tracebacks).
    pub lasti: usize,
    pub globals: PyObjectRef,
    pub builtins: PyObjectRef,
    /// The namespace `LOAD_NAME`/`STORE_NAME` use (module globals, a class body's
    /// namespace, `exec`'s locals); `None` in optimized function frames.
    pub locals: Option<PyObjectRef>,
}

impl Frame {
    /// A frame about to run `code` from its first instruction, with its
    /// locals and cells as given, its value stack on the buffer `stack`
    /// (emptied, made room for `co_stacksize` items) and no blocks.
    #[inline]
    pub fn new(
        code: PyObjectRef,
        globals: PyObjectRef,
        builtins: PyObjectRef,
        locals: Option<PyObjectRef>,
        fastlocals: Vec<Option<PyObjectRef>>,
        cells: Vec<PyObjectRef>,
        stack: Vec<PyObjectRef>,
    ) -> Frame {
        let size = code
            .downcast_ref::<PyCode>()
            .map_or(0, |c| c.code.co_stacksize as usize);
        Frame {
            code,
            fastlocals,
            cells,
            stack: ValStack::from_vec(stack, size),
            blocks: Vec::new(),
            ip: 0,
            lasti: 0,
            globals,
            builtins,
            locals,
        }
    }

    /// Visit every reference the frame owns (for the cycle collector).
    pub fn traverse(&self, visit: &mut crate::object::Visit<'_>) {
        visit.visit(&self.code);
        self.fastlocals.iter().for_each(|o| visit.visit_opt(o));
        self.cells.iter().for_each(|o| visit.visit(o));
        self.stack.iter().for_each(|o| visit.visit(o));
        visit.visit(&self.globals);
        visit.visit(&self.builtins);
        visit.visit_opt(&self.locals);
    }

    #[inline]
    pub fn pycode(&self) -> &PyCode {
        // SAFETY: `code` is a PyCode object, set once at frame creation.
        unsafe { self.code.payload_unchecked::<PyCode>() }
    }

    /// The line being executed.
    pub fn current_line(&self) -> u32 {
        self.pycode().code.linetable.line_of(self.lasti as u32)
    }
}
