"""The kp command line: parses options, calls the library, renders. No logic of its own."""

from kimputin_cli.cli.app import cli, main

__all__ = ["cli", "main"]
