"""The kp command group: the commands, and how every failure ends (one line on stderr and an
exit code, never a traceback unless KP_DEBUG asks for one)."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any

import click

from kimputin_cli import __version__
from kimputin_cli.cli.common import (
    CORPUS_HELP,
    CORPUS_KEY,
    EXIT_BUG,
    EXIT_FOUND,
    EXIT_INTERRUPTED,
    EXIT_NONE,
    EXIT_OUTPUT,
    EXIT_USAGE,
    corpus_path,
)
from kimputin_cli.cli.indexing import index
from kimputin_cli.cli.queries import quotes, search, show, sources, speakers, stats, trace_command
from kimputin_cli.errors import KpError, NoSuchName
from kimputin_cli.textnorm import strip_control

# errors of writing that the machine causes, not kp (storage errors of the index cache are
# reported as the corpus's; what is left is the output)
_WRITE_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


class KpGroup(click.Group):
    """Turns domain errors into one line on stderr, Ctrl-C into exit code 130, and a bug into
    a short report (the traceback with ``KP_DEBUG=1``)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:
            code = exc.exit_code
        except click.ClickException as exc:
            exc.show()
            code = exc.exit_code
        except (click.Abort, KeyboardInterrupt):
            click.echo("kp: interrupted", err=True)
            code = EXIT_INTERRUPTED
        except NoSuchName as exc:
            click.echo(f"kp: {strip_control(str(exc))}", err=True)
            code = EXIT_NONE
        except KpError as exc:
            click.echo(f"kp: error: {strip_control(str(exc))}", err=True)
            code = EXIT_USAGE
        except Exception as exc:
            if os.environ.get("KP_DEBUG"):
                raise
            if isinstance(exc, OSError) and exc.errno in _WRITE_FAILURES:
                click.echo(f"kp: error: cannot write the output: {exc.strerror}", err=True)
                _discard_stdout()  # what is still buffered cannot be written either
                code = EXIT_OUTPUT
            else:
                click.echo(
                    f"kp: internal error: {type(exc).__name__}: {strip_control(str(exc))}\n"
                    "kp: this is a bug in kp; run again with KP_DEBUG=1 for the traceback, "
                    "and please report it",
                    err=True,
                )
                code = EXIT_BUG
        sys.exit(code if isinstance(code, int) else EXIT_FOUND)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # the reader stopped reading (`| head`): what it read was found, so exit 0 (Click
            # would say 1, "nothing matched"), and flush nothing into the closed pipe at exit
            _discard_stdout()
            raise click.exceptions.Exit(EXIT_FOUND) from None


def _discard_stdout() -> None:
    """Point standard output at the null device, so the flush at exit writes nowhere."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@click.group(cls=KpGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kp")
@click.option(
    "--corpus",
    metavar="PATH",
    callback=corpus_path,
    help=f"{CORPUS_HELP} Before the command or after it.",
)
@click.pass_context
def cli(ctx: click.Context, corpus: Path | None) -> None:
    """kp: who said what, where and when, in a folder of news articles.

    Without --corpus (or $KP_CORPUS), kp answers from its bundled corpus: five Indonesian
    articles on the Kim Jong Un / Vladimir Putin summit of 13 September 2023.

    \b
    Examples:
      kp search satelit
      kp quotes --speaker Peskov
      kp sources --date 2023-09-14
      kp search "undangan putin" --jsonl | jq -r .text
      kp --corpus ~/news quotes --speaker Jokowi

    Exit codes: 0 found, 1 nothing matched, 2 bad input, 3 some files failed (kp index),
    70 a bug in kp, 74 the output could not be written, 130 interrupted.
    """
    ctx.meta[CORPUS_KEY] = corpus


for command in (sources, show, search, quotes, trace_command, speakers, index, stats):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="kp")
