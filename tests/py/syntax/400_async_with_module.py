# async with at module level
async with m:
    pass
