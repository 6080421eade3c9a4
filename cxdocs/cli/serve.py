"""`cxdocs serve`: a live preview of cxdocs' pages that shows a saved edit at once."""

from __future__ import annotations

import argparse
import sys
import time

from cxdocs.cli.common import EXIT_OK, EXIT_USAGE, Subparsers, error
from cxdocs.cli.options import add_config_option
from cxdocs.cli.speech import words


def add_parser(commands: Subparsers) -> None:
    serve = commands.add_parser(
        "serve",
        help=words("cli.serve.help"),
        description=words("cli.serve.description"),
    )
    add_config_option(serve)
    serve.add_argument(
        "-a",
        "--dev-addr",
        default="127.0.0.1:8000",
        metavar="IP:PORT",
        help=words("cli.serve.dev-addr"),
    )


def run(args: argparse.Namespace) -> int:
    from cxdocs.publish.preview import Preview  # here: the site's code, only when serving
    from cxdocs.publish.preview_server import PreviewServer

    host, _, port = str(args.dev_addr).rpartition(":")
    if not host or not port.isdigit():
        error(f"--dev-addr must be IP:PORT, not {args.dev_addr!r}")
        return EXIT_USAGE
    preview = Preview(args.config)
    started = time.perf_counter()
    preview.rebuild()
    try:
        server = PreviewServer((host, int(port)), preview)
    except OSError as failure:
        error(f"cannot serve on {args.dev_addr}: {failure.strerror}")
        return EXIT_USAGE
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    print(
        f"cxdocs: built in {time.perf_counter() - started:.1f} s; serving on "
        f"http://{shown}:{server.server_port}/ (Ctrl-C to stop)",
        file=sys.stderr,
        flush=True,
    )

    def rebuilt(paths: list[str]) -> None:
        broken = preview.snapshot.broken is not None
        what = "problems shown" if broken else f"{len(paths)} file(s) changed"
        print(f"cxdocs: rebuilt: {what}", file=sys.stderr, flush=True)

    server.watch(rebuilt)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK
