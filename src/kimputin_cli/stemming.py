"""Indonesian stemming (Sastrawi), cached per word, with a fast path for words it cannot stem.

PySastrawi strips Indonesian prefixes and suffixes only when the remaining root is in its
dictionary, so names and foreign words pass through unchanged (unlike Snowball's Indonesian
stemmer, which cuts ``mengatakan`` to ``ata``). Its search through the prefix rules costs about
a millisecond per word, and most of that is spent on words that end up unchanged: names,
foreign words, typos. Such a word has no dictionary root inside it, which a few hundred set
lookups establish, so Sastrawi is only asked about words that may have a root.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

MIN_STEM_CHARS = 4
MIN_ROOT_CHARS = 3  # "berapi" -> "api"; shorter dictionary entries are particles
MIN_SUFFIXED_ROOT_CHARS = 4  # a short root with a suffix alone is more often a given name
MAX_PREFIX_CHARS = 9  # up to three prefixes: "memper" + "ke" ...
MAX_SUFFIX_CHARS = 9  # up to three suffixes: "kan" + "nya" + "lah"
RECODED_INITIALS = "sptk"  # menyapu -> sapu, memukul -> pukul, menulis -> tulis, mengirim -> kirim


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    # the uncached stemmer: its own cache grows without bound, ours is an LRU
    return StemmerFactory().create_stemmer().delegatedStemmer


@lru_cache(maxsize=1)
def _roots() -> frozenset[str]:
    """Sastrawi's dictionary of roots, read from its data file as its stemmer reads it: loading
    the stemmer takes several times as long, and most questions need only the dictionary."""
    from importlib.resources import files

    text = (files("Sastrawi.Stemmer") / "data" / "kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(word for word in text.split("\n") if word.strip())


def _chains(parts: list[tuple[str, ...]], longest: int) -> frozenset[str]:
    """Every concatenation of at most one item from each group, in order, up to a length."""
    chains = {""}
    for group in parts:
        chains |= {c + p for c in chains for p in group if len(c + p) <= longest}
    return frozenset(chains)


_PREFIXES = ("di", "ke", "se", "be", "ber", "bel", "te", "ter", "me", "mem", "men", "meng", "meny",
             "pe", "pem", "pen", "peng", "peny", "per", "pel", "ku", "kau")  # fmt: skip
INFIXES = ("el", "em", "er", "in")  # g-el-embung, s-in-ambung


@lru_cache(maxsize=1)
def _affix_chains() -> tuple[frozenset[str], frozenset[str]]:
    """Prefix chains and suffix chains; made on first use, as a search seldom needs them."""
    prefixes = _chains([_PREFIXES, _PREFIXES, _PREFIXES], MAX_PREFIX_CHARS)
    suffixes = _chains(
        [("i", "kan", "an"), ("ku", "mu", "nya"), ("lah", "kah", "tah", "pun")], MAX_SUFFIX_CHARS
    )
    return prefixes, suffixes


def _affix_cuts(word: str) -> tuple[list[int], list[int]]:
    """The lengths of the prefix chains ``word`` opens with and the suffix chains it ends
    with, shortest first (0, for none, among them)."""
    prefix_chains, suffix_chains = _affix_chains()
    size = len(word)
    prefixes = [k for k in range(min(MAX_PREFIX_CHARS, size) + 1) if word[:k] in prefix_chains]
    suffixes = [
        k for k in range(min(MAX_SUFFIX_CHARS, size) + 1) if word[size - k :] in suffix_chains
    ]
    return prefixes, suffixes


def _may_have_root(word: str) -> bool:
    """Whether removing Indonesian prefixes and suffixes from ``word`` can leave a dictionary
    root (possibly with its first letter restored: menulis -> tulis). Sastrawi strips only
    these affixes, so a word that fails here is one it would return unchanged."""
    roots = _roots()
    size = len(word)
    prefixes, suffixes = _affix_cuts(word)
    for p in prefixes:
        for s in suffixes:
            root = word[p : size - s]
            if len(root) < MIN_ROOT_CHARS - 1:
                continue
            if root in roots or (p and any(c + root in roots for c in RECODED_INITIALS)):
                return True
            if root[1:3] in INFIXES and root[0] + root[3:] in roots:
                return True
    return False


def is_root(word: str) -> bool:
    return word.casefold() in _roots()


COMMON_PREFIXES = (
    "",
    "me",
    "mem",
    "men",
    "meng",
    "meny",
    "ber",
    "be",
    "di",
    "ke",
    "pe",
    "pem",
    "pen",
    "peng",
    "peny",
    "per",
    "ter",
    "se",
)
COMMON_SUFFIXES = ("", "an", "kan", "i", "nya", "lah", "annya")
# me- keeps a root's first letter only before these (melihat, membawa, mendengar, mengambil);
# before others it takes another form, so "Medina" is no me- word. (pe- has exceptions:
# petani, pegolf.)
ME_ROOT_INITIALS = {"me": "lrwymn", "mem": "bfvp", "men": "dcjzts", "meng": "aeioughk"}
# di-, se- and pe- with a three-letter root and no suffix make few words and many foreign
# given names: Diana, Dimas, Peter, Petra
SHORT_ROOT_REFUSING_PREFIXES = ("di", "se", "pe")


@lru_cache(maxsize=200_000)
def is_common_word(word: str) -> bool:
    """Whether a word is ordinary Indonesian: a dictionary root, or one with a single common
    prefix and suffix (``Kunjungan``, ``Pelatih``, ``Keuangan``), made as Indonesian makes
    words (not ``Peter``, ``Medina``). Cheap: a few dozen lookups, no stemming, so quote
    extraction can ask it of every capitalised word."""
    lowered = word.casefold()
    if len(lowered) < MIN_STEM_CHARS or not lowered.isalpha():
        return False
    roots = _roots()
    for prefix in COMMON_PREFIXES:
        if not lowered.startswith(prefix):
            continue
        for suffix in COMMON_SUFFIXES:
            if (
                lowered.endswith(suffix)
                and len(lowered) - len(prefix) - len(suffix) >= MIN_ROOT_CHARS
            ):
                root = lowered[len(prefix) : len(lowered) - len(suffix)]
                if suffix and not prefix and len(root) < MIN_SUFFIXED_ROOT_CHARS:
                    continue  # "Dani" is a name, not "dan" + "i"
                if not suffix and prefix in SHORT_ROOT_REFUSING_PREFIXES and len(root) < 4:
                    continue
                if root in roots and root[0] in ME_ROOT_INITIALS.get(prefix, root[0]):
                    return True
                if prefix and any(c + root in roots for c in RECODED_INITIALS):
                    return True
    return False


StemLookup = Callable[[str], "str | None"]
_known: list[StemLookup] = []


def consult(lookup: StemLookup) -> None:
    """Ask ``lookup`` (a store's table of stems found at indexing) before Sastrawi. A stem is a
    property of the word, so any store's answer is right; asking saves loading Sastrawi, which
    is most of a query's start-up time."""
    _known[:] = [lookup]


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """The root of a normalised word; words with digits or under four letters are kept."""
    if len(word) < MIN_STEM_CHARS or not word.isalpha():
        return word
    for lookup in _known:
        found = lookup(word)
        if found is not None:
            return found
    if word in _roots():
        return word
    if not _may_have_root(word):
        return _compound_stem(word) or word
    return str(_stemmer().stem(word)) or word


# the letter a nasal prefix's ending stands for: meny-/peny- s, meng-/peng- k, men-/pen- t,
# mem-/pem- p (menyapu, mengirim, menulis, memukul)
_NASAL_DROPS = (("ny", "s"), ("ng", "k"), ("n", "t"), ("m", "p"))
MIN_COMPOUND_PART_CHARS = 4  # "kerja" + "sama"; shorter parts would split names and loanwords


def _is_compound(core: str) -> bool:
    """Two dictionary roots written as one: "tandatangan", "tindaklanjut", "kerjasama"."""
    roots = _roots()
    edge = MIN_COMPOUND_PART_CHARS
    return any(core[:i] in roots and core[i:] in roots for i in range(edge, len(core) - edge + 1))


def _compound_stem(word: str) -> str | None:
    """The root of a word made on a compound, which Indonesian writes as one word once it is
    affixed: "ditandatangani", "penandatanganan" -> "tandatangan", "menindaklanjuti" ->
    "tindaklanjut" (Sastrawi's dictionary holds the two roots, not the compound, and returns
    such words as they are). The longest affixes that leave two roots are taken off."""
    if _is_compound(word):
        return word
    size = len(word)
    prefixes, suffixes = _affix_cuts(word)
    for p in reversed(prefixes):  # the longest affixes first
        for s in reversed(suffixes):
            core = word[p : size - s]
            if not (p or s) or len(core) < 2 * MIN_COMPOUND_PART_CHARS:
                continue
            # a nasal prefix takes the place of the root's first letter, its own letter for
            # each: "penandatanganan" is "tandatangan" (not "anda" + "tangan")
            dropped = next((c for end, c in _NASAL_DROPS if word[:p].endswith(end)), None)
            candidates = [dropped + core, core] if dropped else [core]
            for candidate in candidates:
                if _is_compound(candidate):
                    return candidate
    return None


MIN_ENGLISH_FORM_CHARS = 4  # shorter words are left alone, as typos leave them


@lru_cache(maxsize=10_000)
def english_forms(word: str) -> tuple[str, ...]:
    """The plural or singular of an English noun or verb (``sanction`` and ``sanctions``,
    ``policy`` and ``policies``, ``talks`` and ``talk``), for a query word that is no
    Indonesian: an Indonesian word's ending is no plural (``keras`` is not ``kera`` + s)."""
    if len(word) < MIN_ENGLISH_FORM_CHARS or not (word.isascii() and word.isalpha()):
        return ()
    if is_common_word(word):
        return ()
    if word.endswith("ies") and len(word) > MIN_ENGLISH_FORM_CHARS:
        forms = [word[:-3] + "y"]
    elif word.endswith(("ses", "xes", "zes", "ches", "shes")):
        forms = [word[:-1], word[:-2]]  # houses and boxes: which one, the corpus will say
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        forms = [word[:-1]]
    elif word.endswith("is"):
        forms = []  # crisis, analysis: their plurals change the ending
    elif word.endswith("y") and word[-2] not in "aeiou":
        forms = [word[:-1] + "ies"]
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms = [word + "es"]
    else:
        forms = [word + "s"]
    return tuple(forms)
