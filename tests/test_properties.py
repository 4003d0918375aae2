"""Property-based tests: random text and random queries never break kp."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pytest import TempPathFactory

from conftest import article_of
from kimputin_cli.cleaning import classify
from kimputin_cli.corpus import Corpus, open_corpus
from kimputin_cli.errors import BadQuery
from kimputin_cli.metadata import build_article
from kimputin_cli.output import Format, hit_record, quote_record, write
from kimputin_cli.quotes import extract_quotes
from kimputin_cli.reader import FileProblem, decode, read_file
from kimputin_cli.search import highlight, parse_query, search

NEWSY = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "«",
        "»",
        "‘",
        "’",
        ",",
        ".",
        " kata ",
        " ujarnya",
        "\n",
        "\n\n",
        "Putin",
        "Kim Jong-un",
        "JAKARTA, KOMPAS.com - ",
        "BACA JUGA: ",
        "(14/9/2023)",
        "[bold]",
        "\x1b[31m",
        "dia",
        " mengatakan, ",
        "Sumber: ",
        "satelit",
        "Editor: ",
        "–",
        "\r\n",
        "\ufeff",
    ]
)
TEXT = st.lists(st.one_of(NEWSY, st.text(max_size=30)), max_size=40).map("".join)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(st.binary(max_size=500))
def test_decoding_any_bytes_never_raises_unexpectedly(data: bytes) -> None:
    try:
        text, _ = decode(data)
    except Exception as exc:  # only the documented refusal is allowed
        assert type(exc).__name__ == "FileProblem"
    else:
        assert isinstance(text, str)


@SETTINGS
@given(TEXT)
def test_cleaner_metadata_and_quotes_never_raise(text: str) -> None:
    blocks = classify(text)
    assert all(b.text.strip() for b in blocks)
    article = article_of(text)
    paragraphs = article.paragraphs
    for quote in extract_quotes(article):
        assert 1 <= quote.paragraph <= quote.end_paragraph <= len(paragraphs)
        assert 0 <= quote.start < len(paragraphs[quote.paragraph - 1])
        assert 0 < quote.end <= len(paragraphs[quote.end_paragraph - 1])
        if quote.end_paragraph == quote.paragraph:
            assert quote.start < quote.end
        assert quote.kind in ("direct", "fragment", "indirect")
        line = next(_jsonl([quote_record(quote, article, quote.speaker, [])]))
        assert json.loads(line)["text"] == quote.text


@SETTINGS
@given(TEXT, st.text(min_size=1, max_size=40))
def test_highlight_offsets_fall_inside_the_text(text: str, query: str) -> None:
    try:
        terms = parse_query(query).terms
    except BadQuery:
        return
    for match in highlight(text, terms):
        assert 0 <= match.start < match.end <= len(text)


_SEEDS: list[Corpus] = []


def _seeds() -> Corpus:
    if not _SEEDS:
        corpus = open_corpus()
        corpus.ensure_current()
        _SEEDS.append(corpus)
    return _SEEDS[0]


@SETTINGS
@given(st.text(max_size=60))
def test_search_any_query_never_raises_and_json_parses(query: str) -> None:
    try:
        hits = search(_seeds(), query, limit=5)
    except BadQuery:
        return
    for line in _jsonl([hit_record(h) for h in hits]):
        record = json.loads(line)
        for m in record["matches"]:
            assert 0 <= m["start"] < m["end"] <= len(record["text"])


def _jsonl(records: list[dict[str, object]]):  # type: ignore[no-untyped-def]
    import io

    out = io.StringIO()
    write(records, Format.JSONL, out)
    yield from out.getvalue().splitlines()


@SETTINGS
@given(st.text(max_size=200))
def test_fast_word_list_equals_the_tokens(text: str) -> None:
    from kimputin_cli.textnorm import tokens, words

    assert words(text) == [t.norm for t in tokens(text)]


@SETTINGS
@given(st.one_of(st.text(max_size=200), st.text(st.characters(max_codepoint=127), max_size=300)))
@example("Kata " + "a" * 41 + " LAIN")
@example("Peskòv “kata” İstanbul")
def test_index_text_is_the_word_list(text: str) -> None:
    from kimputin_cli.textnorm import analysed, words

    assert analysed(text) == " ".join(words(text))


NEWS_TEXT = st.text(
    st.one_of(st.sampled_from(list("“”‘’«»„–—…·\xa0,.:;!?-_()'\" \n")), st.characters()),
    max_size=200,
).map(lambda noise: f"{noise} Menurut dia, “kata” ujarnya_ {noise[::-1]}")


ASCII_NEWS_TEXT = st.text(st.characters(max_codepoint=127), max_size=200).map(
    lambda noise: f"{noise} Menurut dia, kata ujarnya_ KATANYA:{noise[::-1]}"
)


@SETTINGS
@given(st.one_of(st.text(max_size=200), NEWS_TEXT, ASCII_NEWS_TEXT))
def test_reporting_word_filter_sees_the_words_the_tokenizer_sees(text: str) -> None:
    from kimputin_cli.quotes import _REPORTING_WORDS, _reporting_words_in
    from kimputin_cli.textnorm import WORD_RE

    assert _reporting_words_in(text) == _REPORTING_WORDS.intersection(
        WORD_RE.findall(text.casefold())
    )


# ASCII words among curly quotes and dashes, and letters and digits that are not ASCII
NEWS_LETTERS = st.text(
    st.sampled_from(list("satelitSATELIT nya_-.,“”—0123456789abéÉİßﬁ٣")), max_size=120
)


@SETTINGS
@given(NEWS_LETTERS, st.sampled_from(["satelit", "satelit nya", "sat", "t1 satelitnya"]))
def test_exact_highlight_marks_exactly_the_exact_words(text: str, query: str) -> None:
    terms = parse_query(query).terms
    loose = [m for m in highlight(text, terms) if m.kind == "exact"]
    assert highlight(text, terms, exact=True) == loose


MARKUP = ["---\n", "...\n", "title: ", "date: ", "source: ", "**", "[", "](", "# ", "> ", "- ",
          "![", ": [", "{", "&amp;", "<p>", "`", "    ", "*", "_", "|", "\n---\n"]  # fmt: skip
MARKDOWNY = st.one_of(NEWSY, st.sampled_from(MARKUP), st.text(max_size=20))


@SETTINGS
@given(st.lists(MARKDOWNY, max_size=40).map("".join))
def test_reading_any_markdown_never_raises(tmp_path_factory: TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("md") / "story.md"
    path.write_text(text, encoding="utf-8")
    try:
        result = read_file(path, "story.md")
    except FileProblem:
        return
    for doc in result.docs:
        assert all(isinstance(value, str) for value in doc.given.values())
        json.dumps(doc.extra)  # what the store keeps must be JSON
        extract_quotes(build_article(doc))


def _zip_of_stories() -> bytes:
    import io
    import zipfile

    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(3):
            archive.writestr(
                f"news/{n}.txt", f"JAKARTA - Berita {n}.\n\n“Kami siap,” kata Budi.\n" * 3
            )
        archive.writestr("news/0.meta.json", '{"outlet": "Kompas"}')
        archive.writestr("news/export.jsonl", '{"text": "Isi berita satu dua tiga."}\n')
    return packed.getvalue()


ZIPPED = _zip_of_stories()


@SETTINGS
@given(
    st.lists(st.tuples(st.integers(0, len(ZIPPED) - 1), st.integers(0, 255)), max_size=20),
    st.integers(0, len(ZIPPED)),
)
def test_reading_a_damaged_zip_archive_never_raises_unexpectedly(
    tmp_path_factory: TempPathFactory, damage: list[tuple[int, int]], keep: int
) -> None:
    """Bytes changed anywhere, or the archive cut short: each member kp can read is read, a
    member or an archive it cannot is a FileProblem (a damaged member's deflated bytes made
    zlib raise its own error, which stopped the file)."""
    data = bytearray(ZIPPED)
    for at, byte in damage:
        data[at] = byte
    path = tmp_path_factory.mktemp("zip") / "news.zip"
    path.write_bytes(bytes(data[:keep]))
    try:
        result = read_file(path, "news.zip")
    except FileProblem:
        return
    for doc in result.docs:
        extract_quotes(build_article(doc))
