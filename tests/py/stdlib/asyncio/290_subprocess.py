import asyncio
import sys

async def main():
    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", "read x; echo got $x; echo err >&2; exit 3",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"hello\n")
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_shell(
        "echo shell; exit 0", stdout=asyncio.subprocess.PIPE)
    print(await proc.stdout.read())
    print(await proc.wait())

asyncio.run(main())
