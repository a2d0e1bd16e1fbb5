import asyncio
import signal
import sys

async def main():
    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", "while read line; do echo \"<$line>\"; done",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    print(proc.returncode)
    for word in ("one", "two", "three"):
        proc.stdin.write(word.encode() + b"\n")
        await proc.stdin.drain()
        print(await proc.stdout.readline())
    proc.stdin.close()
    print(await proc.stdout.read(), await proc.wait(), proc.returncode)

    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", "head -c 300000 /dev/zero | tr '\\0' 'a'",
        stdout=asyncio.subprocess.PIPE)
    first = await proc.stdout.readexactly(10)
    rest = await proc.stdout.read()
    print(first, len(rest), proc.stdout.at_eof(), await proc.wait())

    proc = await asyncio.create_subprocess_exec("sleep", "10")
    proc.kill()
    print(await proc.wait() == -signal.SIGKILL)

    proc = await asyncio.create_subprocess_shell(
        "echo out; echo err 1>&2", stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT)
    out, err = await proc.communicate()
    print(sorted(out.split()), err)

    proc = await asyncio.create_subprocess_exec(
        "cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    data = b"x" * 200000
    out, _ = await proc.communicate(data)
    print(len(out), out == data, proc.returncode)

    try:
        await asyncio.create_subprocess_exec("/nonexistent/program")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    lines = []
    proc = await asyncio.create_subprocess_exec(
        "printf", "a\\nb\\nc\\n", stdout=asyncio.subprocess.PIPE)
    async for line in proc.stdout:
        lines.append(line)
    print(lines, await proc.wait())

asyncio.run(main())
