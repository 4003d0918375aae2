"""Domain errors. The library raises them; the CLI turns each into one line on stderr."""


class KpError(Exception):
    """Base class of every error kp reports to the user (exit code 2)."""


class BadQuery(KpError):
    """A query or filter that cannot be answered as given."""


class NotFound(KpError):
    """An article or paragraph id that is not in the corpus."""


class CorpusError(KpError):
    """The corpus path or the cache directory cannot be used."""


class NoSuchName(KpError):
    """A name no one in the corpus answers to. Nothing matches, so the CLI exits 1, as grep
    does, and says why on stderr (a typo and a person never quoted look alike otherwise)."""
