raise ValueError('broken submodule')
