"""A rural site's link on loopback: a TCP proxy in front of a live sandbox that holds every
byte 250 ms in each direction and paces each direction at 100 kbit/s, one link shared by
all connections, and counts the requests and bytes that cross it."""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
from dataclasses import dataclass, field

DELAY = 0.25  # seconds each way: a 500 ms round trip
RATE = 100_000 / 8  # bytes a second each way: 100 kbit/s
SEGMENT = 1460  # bytes: paced in TCP-sized pieces, so a large answer streams
# No scenario may keep the line busier than this: a hung sync fails the benchmark or test.
SCENARIO_SECONDS = 300
_REQUEST_LINE = re.compile(rb"^([A-Z]+) (\S+) HTTP/1\.[01]\r\n")


@dataclass
class Traffic:
    """What crossed the line since the last `DelayLine.reset`."""

    up: int = 0  # client to portal
    down: int = 0  # portal to client
    requests: list[str] = field(default_factory=list)
    connections: int = 0
    gzipped: int = 0  # answers that came compressed
    first: float | None = None  # loop time of the first byte from the client
    last: float | None = None  # loop time the last byte reached the client

    @property
    def busy(self) -> float:
        return 0.0 if self.first is None or self.last is None else self.last - self.first

    def floor(self) -> float:
        return 2 * 2 * DELAY + (self.up + self.down) / RATE


class _Direction:
    """One way of the link: bytes leave no faster than `rate` and arrive `delay` later."""

    def __init__(self, delay: float, rate: float) -> None:
        self.delay, self.rate = delay, rate
        self.free_at = 0.0

    def schedule(self, now: float, size: int) -> float:
        self.free_at = max(now, self.free_at) + size / self.rate
        return self.free_at + self.delay


class DelayLine:
    """A loopback TCP proxy in a thread of its own, in front of `upstream` (host, port):
    each way holds bytes `delay` seconds and passes `rate` bytes a second."""

    def __init__(self, upstream: tuple[str, int], *, delay: float = DELAY,
                 rate: float = RATE) -> None:
        self.upstream = upstream
        self.traffic = Traffic()
        self._up, self._down = _Direction(delay, rate), _Direction(delay, rate)
        self._loop = asyncio.new_event_loop()
        self._writers: set[asyncio.StreamWriter] = set()
        self._ready = threading.Event()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.port = 0

    def __enter__(self) -> DelayLine:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the delay line did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    @classmethod
    def before(cls, url: str, **line: float) -> DelayLine:
        """A line in front of the portal at `url` (http://host:port)."""
        host, port = url.removeprefix("http://").rstrip("/").rsplit(":", 1)
        return cls((host, int(port)), **line)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reset(self) -> Traffic:
        """Start counting afresh; the traffic so far is returned."""
        done, self.traffic = self.traffic, Traffic()
        return done

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._accept, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            self._server.close()
            self._loop.run_until_complete(self._close_connections())
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()

    async def _close_connections(self) -> None:
        """Every pipe still open ends, and its sockets close, before the loop does: left to
        the garbage collector, they would warn in whatever runs next."""
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for writer in list(self._writers):
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
        self._writers.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.traffic.connections += 1
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            writer.close()
            return
        self._writers |= {writer, up_writer}
        state = {"answered": True}  # a new request starts when the client speaks after one
        try:
            await asyncio.gather(self._pipe(reader, up_writer, upstream=True, state=state),
                                 self._pipe(up_reader, writer, upstream=False, state=state),
                                 return_exceptions=True)
        finally:
            for end in (writer, up_writer):
                self._writers.discard(end)
                end.close()

    async def _pipe(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter, *,
                    upstream: bool, state: dict[str, bool]) -> None:
        direction = self._up if upstream else self._down
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()
        deliver = asyncio.ensure_future(self._deliver(queue, sink, upstream))
        loop = asyncio.get_running_loop()
        try:
            while chunk := await asyncio.wait_for(source.read(65536), SCENARIO_SECONDS):
                now = loop.time()
                traffic = self.traffic
                if upstream:
                    traffic.up += len(chunk)
                    traffic.first = now if traffic.first is None else traffic.first
                    if state["answered"]:
                        state["answered"] = False
                        match = _REQUEST_LINE.match(chunk)
                        traffic.requests.append(
                            f"{match[1].decode()} {match[2].decode().split('?')[0]}"
                            if match else "?")
                else:
                    traffic.down += len(chunk)
                    traffic.gzipped += chunk.lower().count(b"\r\ncontent-encoding: gzip")
                    state["answered"] = True
                for start in range(0, len(chunk), SEGMENT):
                    piece = chunk[start:start + SEGMENT]
                    await queue.put((direction.schedule(now, len(piece)), piece))
        except (OSError, TimeoutError):
            pass
        finally:
            await queue.put(None)
            await deliver

    async def _deliver(self, queue: asyncio.Queue[tuple[float, bytes] | None],
                       sink: asyncio.StreamWriter, upstream: bool) -> None:
        loop = asyncio.get_running_loop()
        try:
            while (item := await queue.get()) is not None:
                at, piece = item
                await asyncio.sleep(max(0.0, at - loop.time()))
                sink.write(piece)
                await sink.drain()
                if not upstream:
                    self.traffic.last = loop.time()
            sink.close()
        except OSError:
            pass
