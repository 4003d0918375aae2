"""The kp executable: Ctrl-C while kp is still loading ends it as it does later (exit 130, one
line, no traceback). The command line itself is ``kimputin_cli.cli``, loaded here."""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130  # as every later Ctrl-C exits (kimputin_cli.cli.common)


def main() -> None:
    try:
        from kimputin_cli.cli import main as run_kp
    except KeyboardInterrupt:
        sys.stderr.write("kp: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    run_kp()
