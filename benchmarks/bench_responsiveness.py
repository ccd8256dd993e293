"""How long the GUI thread stalls while the app talks to a slow server and writes the library.

Drives the real window offscreen against the sandbox, run as a separate process (so its own
work does not compete for this process's GIL) with 300 ms added to every answer. The library
holds a 5,000-step journey. Phases: list (300 journeys, pages of 50), open (pull the 5,000-step
journey into the library and show it, until its canvas has made every card), edit bursts
(autosave), push, publish.

A QTimer ticks every 10 ms on the GUI thread; a "stall" is how late a tick comes (its gap minus
10 ms). For each phase two figures are printed, the longest stall and the 99th percentile:

- "all": every stall of the GUI thread in that phase;
- "net+disk": less the time the GUI thread spent on work that is neither network nor disk and
  is reported on the next line: building and painting the canvas, redrawing the minimap,
  the problems panel's check (for a large journey: the snapshot handed to its worker thread)
  and showing its result, the preview panel's sample contacts, and the edit calls themselves. This is what the library
  and sync work cost the GUI thread, to compare with the target of 100 ms.

The verdict of "open" is on "all": opening a journey must not block the window longer than
100 ms whatever the work (making the cards a slice at a time, painting, the first check).
Garbage collections on the GUI thread are listed but not taken off.

Run: .venv/bin/python benchmarks/bench_responsiveness.py [--latency 0.3] [--nodes 5000]
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from journey_builder.document.generate import generate_journey
from journey_builder.sync import JourneysClient

TARGET_MS = 100.0
TICK_MS = 10


class StallProbe:
    """Records how late each 10 ms tick of the GUI thread's event loop comes."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.elapsed()
        self.samples: list[tuple[float, float]] = []  # (time of tick in ms, lateness in ms)
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.samples.append((now, max(0.0, now - self.last - TICK_MS)))
        self.last = now

    def now(self) -> float:
        return float(self.clock.elapsed())

    def between(
        self,
        start: float,
        end: float,
        discount: Sequence[tuple[float, float]] = (),
    ) -> list[float]:
        """Stalls of the ticks in [start, end]. Time a tick spent waiting inside one of the
        ``discount`` stretches (work reported apart) is taken off its stall."""
        out = []
        for at, late in self.samples:
            if not start <= at <= end:
                continue
            began = at - late - TICK_MS
            inside = sum(max(0.0, min(at, b) - max(began, a)) for a, b in discount)
            out.append(max(0.0, late - inside))
        return out


def _spin(app: QApplication, until: Callable[[], bool], timeout: float = 300.0) -> None:
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the benchmark waited too long")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


class GuiWork:
    """Records when known GUI-thread work (not network or disk) runs: validation of the
    problems panel, minimap redraws, garbage collection on the GUI thread."""

    def __init__(self, probe: StallProbe) -> None:
        from journey_builder.canvas import JourneyView
        from journey_builder.canvas.minimap import MiniMap
        from journey_builder.canvas.scene_builder import SceneBuilder
        from journey_builder.ui.preview.preview_panel import PreviewPanel
        from journey_builder.ui.problems.problems_panel import ProblemsPanel

        self.probe = probe
        self.spans: dict[str, list[tuple[float, float]]] = {
            "canvas build": [],
            "canvas paint": [],
            "minimap redraw": [],
            "problems check": [],
            "problems shown": [],
            "preview samples": [],
            "GUI-thread GC": [],
        }
        self._wrap(SceneBuilder, "_slice", "canvas build")
        self._wrap(JourneyView, "paintEvent", "canvas paint")
        self._wrap(ProblemsPanel, "check_now", "problems check")
        self._wrap(ProblemsPanel, "_show", "problems shown")
        self._wrap(MiniMap, "_render", "minimap redraw")
        self._wrap(PreviewPanel, "_load_samples", "preview samples")
        self._gc_started: float | None = None
        self._main = threading.main_thread()
        gc.callbacks.append(self._on_gc)

    def _wrap(self, cls: type, name: str, label: str) -> None:
        real = getattr(cls, name, None) or getattr(cls.__mro__[1], name)

        def timed(obj: object, *args: object, **kwargs: object) -> object:
            began = self.probe.now()
            try:
                return real(obj, *args, **kwargs)
            finally:
                self.spans[label].append((began, self.probe.now()))

        setattr(cls, name, timed)

    def _on_gc(self, phase: str, _info: dict[str, int]) -> None:
        if threading.current_thread() is not self._main:
            return
        if phase == "start":
            self._gc_started = self.probe.now()
        elif self._gc_started is not None:
            self.spans["GUI-thread GC"].append((self._gc_started, self.probe.now()))
            self._gc_started = None

    def within(self, start: float, end: float) -> list[tuple[float, float]]:
        """Spans of the work taken off the "net+disk" figure (not garbage collection)."""
        return [
            (a, b)
            for label, spans in self.spans.items()
            if label != "GUI-thread GC"
            for a, b in spans
            if start <= a <= end
        ]

    def summary(self, start: float, end: float) -> str:
        parts = []
        for label, spans in self.spans.items():
            runs = [b - a for a, b in spans if start <= a <= end]
            if runs:
                parts.append(f"{label} {len(runs)}x, longest {max(runs):.0f} ms")
        return "; ".join(parts) or "none"


def _wait(app: QApplication, probe: StallProbe, ms: float) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    until = probe.now() + ms
    _spin(app, lambda: probe.now() >= until)


def _start_sandbox(state: Path, latency: float) -> tuple[subprocess.Popen[str], str, str]:
    cmd = [
        sys.executable,
        "-m",
        "journey_builder",
        "sandbox",
        "--port",
        "0",
        "--state",
        str(state),
        "--latency",
        str(latency),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    url = token = ""
    for line in proc.stdout:
        found = re.search(r"listening on (\S+)", line)
        if found:
            url = found.group(1)
        found = re.match(r"\s+full-access\s+(\S+)", line)
        if found:
            token = found.group(1)
        if line.startswith("Stop with"):
            break
    if not url or not token:
        proc.kill()
        raise RuntimeError("the sandbox did not start")
    return proc, url, token


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _figures(stalls: list[float]) -> tuple[float, float]:
    """(max, p99) of the stalls, in ms."""
    if not stalls:
        return 0.0, 0.0
    ordered = sorted(stalls)
    return ordered[-1], ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def _report(
    name: str,
    probe: StallProbe,
    gui: GuiWork,
    start: float,
    end: float,
    apart: list[tuple[float, float]] | None = None,
    note: str = "",
    *,
    judge_all: bool = False,
) -> None:
    """One phase: stalls with everything, and with the GUI-only work taken off; the verdict
    is on the latter, or on everything with ``judge_all``."""
    apart = apart or []
    everything = probe.between(start, end)
    net_disk = probe.between(start, end, apart + gui.within(start, end))
    all_max, all_p99 = _figures(everything)
    max_, p99 = _figures(net_disk)
    judged, which = (all_max, "all") if judge_all else (max_, "net+disk")
    verdict = "ok" if judged <= TARGET_MS else "OVER"
    print(
        f"{name:<16} {(end - start) / 1000:5.1f} s {len(everything):4d} ticks | "
        f"all: max {all_max:5.0f} p99 {all_p99:4.0f} | net+disk: max {max_:4.0f} "
        f"p99 {p99:3.0f} ms (target for {which} <= {TARGET_MS:.0f}: {verdict})"
    )
    print(f"{'':<16} GUI-only work: {gui.summary(start, end)}{note}")
    # this reporting ran on the GUI thread: the next tick must not count it as a stall
    probe.last = probe.now()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.3, help="seconds added per request")
    parser.add_argument("--nodes", type=int, default=5000, help="steps of the big journey")
    parser.add_argument("--journeys", type=int, default=300, help="journeys on the server")
    args = parser.parse_args()
    faulthandler.dump_traceback_later(600, exit=True)  # a hang shows where it is

    folder = Path(tempfile.mkdtemp(prefix="bench-responsiveness-"))
    os.environ["JOURNEY_BUILDER_CONFIG_DIR"] = str(folder / "config")
    os.environ.pop("FLOWNALLY_TOKEN", None)
    os.environ.pop("FLOWNALLY_BASE_URL", None)
    state = folder / "sandbox.json"

    # seed the server quickly, then serve the same state slowly
    proc, url, token = _start_sandbox(state, 0.0)
    big = generate_journey(args.nodes, seed=7, name=f"Big journey ({args.nodes} steps)")
    with JourneysClient(url, token) as client:
        for i in range(args.journeys - 1):
            client.create_journey({"name": f"Journey {i:04d}"})
        big_id = client.create_journey(big.api_body()).id
    _stop(proc)
    proc, url, token = _start_sandbox(state, args.latency)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from journey_builder.app import _freeze_startup_objects
    from journey_builder.ui.common.settings import open_settings
    from journey_builder.ui.common.theme import ThemeManager
    from journey_builder.ui.shell.main_window import MainWindow

    settings = open_settings(folder / "settings.ini")
    window = MainWindow(
        settings=settings, theme=ThemeManager(app, settings), library=str(folder / "lib.sqlite3")
    )
    ws = window.workspace
    assert ws is not None
    window.resize(1400, 900)
    window.show()
    _freeze_startup_objects()  # as run_app does once the window is up
    probe = StallProbe()
    gui = GuiWork(probe)

    def idle() -> bool:
        return not ws.net.busy and not ws.library.saver.busy

    print(
        f"GUI-thread stalls, sandbox in another process with {args.latency * 1000:.0f} ms per "
        f"request, a {args.nodes:,}-step journey, {args.journeys} journeys on the server"
    )
    try:
        # list: signing in lists every journey, page by page
        start = probe.now()
        ws.accounts.sign_in(
            "bench",
            url,
            token,
            session_only=True,
            on_done=lambda _r: None,
            on_error=lambda exc: print("sign-in failed:", exc),
        )
        _spin(app, lambda: ws.accounts.signed_in)
        _spin(app, lambda: len(ws.remote_panel.journeys_shown()) >= args.journeys and idle())
        _report("sign in + list", probe, gui, start, probe.now())

        # open: pull the big journey into the library, then show it
        build: list[tuple[float, float]] = []
        real_add_tab = window.add_tab

        def timed_add_tab(doc: object) -> object:
            began = probe.now()
            try:
                return real_add_tab(doc)  # type: ignore[arg-type]
            finally:
                build.append((began, probe.now()))

        window.add_tab = timed_add_tab  # type: ignore[method-assign]
        start = probe.now()
        assert ws.remote_panel.open_journey(big_id)

        def opened() -> bool:
            tab = window.current_tab() if window.tab_count() == 1 else None
            return tab is not None and not tab.view.building and idle()

        _spin(app, opened)
        window.add_tab = real_add_tab  # type: ignore[method-assign]
        end = probe.now()
        built = sum(b - a for a, b in build)
        tab = window.current_tab()
        assert tab is not None and len(tab.doc.node_keys()) == args.nodes
        assert len(tab.view.journey_scene().node_items) == args.nodes
        slices = tab.view.journey_scene().builder.slice_durations
        sliced = (
            f"; cards made in {len(slices)} slices ({sum(slices):.0f} ms, longest "
            f"{max(slices):.0f} ms)"
            if slices
            else ""
        )
        _report(
            "open",
            probe,
            gui,
            start,
            end,
            build,
            f"; making the tab (first check): {built:.0f} ms{sliced}",
            judge_all=True,
        )

        # edit bursts: drags (a move every 30 ms) and a data change, at 100 % zoom; autosave
        # runs meanwhile
        tab.view.reset_zoom()
        binding = ws.library.binding(tab)
        assert binding is not None
        keys = tab.doc.node_keys()
        edits: list[tuple[float, float]] = []

        def edit(change: Callable[[], None]) -> None:
            began = probe.now()
            change()
            edits.append((began, probe.now()))

        start = probe.now()
        revision = ws.library.library.get(binding.journey_id or "").revision
        for burst in range(8):
            key = keys[100 + burst]
            for step in range(20):
                edit(lambda k=key, x=step * 7.0, y=burst * 40.0: tab.doc.move_nodes({k: (x, y)}))
                _wait(app, probe, 30)
            data = {**tab.doc.node(key).data, "label": f"Burst {burst}"}
            edit(lambda k=key, d=data: tab.doc.set_node_data(k, d))
            _wait(app, probe, 300)
        _spin(app, lambda: not binding.pending and idle())
        end = probe.now()
        saves = ws.library.library.get(binding.journey_id or "").revision - revision
        costs = sorted(b - a for a, b in edits)
        _report(
            "edit + autosave",
            probe,
            gui,
            start,
            end,
            edits,
            f"; {len(edits)} edit calls (median {statistics.median(costs):.0f} ms, max "
            f"{costs[-1]:.0f} ms); {saves} autosaves",
        )

        # push the edits
        start = probe.now()
        ws.actions["push"].trigger()
        _spin(app, idle)
        end = probe.now()
        _report("push", probe, gui, start, end)

        # publish: validate (worker), publish, read back
        start = probe.now()
        ws.actions["publish"].trigger()
        _spin(app, idle)
        end = probe.now()
        _report("publish", probe, gui, start, end)
        print(f"status bar after publish: {window.statusBar().currentMessage()}")
    finally:
        window.close()
        _stop(proc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
