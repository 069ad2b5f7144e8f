#!/usr/bin/env python3
"""Turn CoNLL-2003 token files into plain-text news articles for timing `kg ingest` at scale.

Every `-DOCSTART-` line in a CoNLL file starts a new Reuters story. Each story becomes one `.txt` file shaped the way
`kg ingest` reads plain text: the first line is the title, then a blank line, then the story in paragraphs. The tokens
are joined back into ordinary prose (no space before a comma, "don't" rather than "do n't", quotes hugging the words
they enclose), so that kg's tokenizer, sentence splitter and cleaner see text like the news copy they were built for,
not a token dump.

`--copies N` writes N variants of every story for a corpus N times as large. kg stores each cleaned text once (a content
hash), so identical copies would be skipped and the run would measure nothing. Copy 1 of every story is written exactly
as the one-copy corpus writes it, so the N-copy corpus contains the one-copy corpus; copies 2..N end with one extra
paragraph, "Archive copy C of article K.", which makes each text unique (K also separates CoNLL stories that happen to
be identical) while adding only seven tokens and no names to an article of some two hundred tokens. The alternatives
were worse for a benchmark: changing a number inside the story alters what the extractor sees, and shuffling
sentences alters coreference and relation windows.

Identical copies flatter the large run, though: from the second copy on every name resolves to an entity already
stored. `--renamed` (with `--copies N`) makes copies 2..N different stories instead: every person, organisation, place
and other name is replaced by a new name, the same in every story of that copy and different in every other copy (see
entity_renamer.py beside this script), so the N-copy corpus holds about N times as many distinct entities. Copy 1 is
still the original and the archive line is still added (a story without names would otherwise repeat).

Only the standard library is used, and the output is a pure function of the input bytes and the options: files are
named and written in input order, with "\n" line ends and UTF-8, so two runs give byte-identical files.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from entity_renamer import EntityRenamer, NameInventory

# Tokens that attach to the word before them: closing punctuation and the clitics CoNLL splits off.
ATTACH_LEFT = {",", ".", ":", ";", "?", "!", ")", "]", "}", "%", "...", "..", "'s", "'S", "n't", "N'T", "'re", "'RE",
               "'ve", "'VE", "'ll", "'LL", "'d", "'D", "'m", "'M"}
# Tokens the next word attaches to: opening brackets and the currency sign ("$ 5" is written "$5").
ATTACH_RIGHT = {"(", "[", "{", "$"}
SENTENCE_ENDS = {".", "?", "!"}
CLOSING_AFTER_END = {'"', "'", ")"}
TITLE_LENGTH = 80
SENTENCES_PER_PARAGRAPH = 3
LONGEST_PARAGRAPH = 6  # sentences, when a quotation keeps a paragraph open past SENTENCES_PER_PARAGRAPH


@dataclass(frozen=True)
class Story:
    """One CoNLL document: its sentences, each a list of tokens, and each token's NER tag (the last column, IOB1)."""

    sentences: list[list[str]]
    tags: list[list[str]]

    @property
    def token_count(self) -> int:
        return sum(len(sentence) for sentence in self.sentences)


def read_stories(path: Path) -> list[Story]:
    """Split a CoNLL file at `-DOCSTART-` lines; the first column of every other non-blank line is a token and the
    last its NER tag ("O" where a line has a single column)."""
    stories: list[Story] = []
    sentences: list[list[str]] | None = None
    tags: list[list[str]] = []
    sentence: list[str] = []
    sentence_tags: list[str] = []

    def end_sentence() -> None:
        nonlocal sentence, sentence_tags
        if sentence:
            if sentences is None:  # tokens before the first -DOCSTART- still form a story
                start_story()
            sentences.append(sentence)  # type: ignore[union-attr]
            tags.append(sentence_tags)
            sentence, sentence_tags = [], []

    def start_story() -> None:
        nonlocal sentences, tags
        sentences, tags = [], []
        stories.append(Story(sentences, tags))

    with path.open(encoding="utf-8", errors="replace", newline="") as lines:
        for line in lines:
            fields = line.split()
            if not fields:
                end_sentence()
            elif fields[0] == "-DOCSTART-":
                end_sentence()
                start_story()
            else:
                sentence.append(fields[0])
                sentence_tags.append(fields[-1] if len(fields) > 1 else "O")
    end_sentence()
    return [story for story in stories if story.sentences]


class Detokenizer:
    """Joins one story's tokens into prose. Keeps the open/closed state of double quotes across the story's sentences,
    because a Reuters quote often runs over several sentences."""

    def __init__(self) -> None:
        self.double_quote_open = False

    def sentence(self, tokens: list[str]) -> str:
        out: list[str] = []
        glue_next = False  # the previous token wants the next one joined to it
        for index, token in enumerate(tokens):
            previous = tokens[index - 1] if index > 0 else None
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            attach = self._attaches_left(token, index, previous, following)
            if out and not attach and not glue_next:
                out.append(" ")
            out.append(token)
            glue_next = self._attaches_right(token, index, previous, following)
        return "".join(out)

    def _attaches_left(self, token: str, index: int, previous: str | None, following: str | None) -> bool:
        if token in ATTACH_LEFT:
            return True
        if token == "/":
            return True  # "US / UK" and "yr / yr" are written "US/UK", "yr/yr"
        if token == '"':
            closing = self._double_quote_closes(index, following)
            self.double_quote_open = not closing
            return closing
        if token == "'":
            # After a plural it is a possessive ("farmers '" -> "farmers'"); before a year it is an elision ("' 95"
            # -> "'95"); otherwise treat it as a single quote that closes when it follows a word.
            if previous is not None and previous[-1:] in ("s", "S"):
                return True
            if following is not None and following.isdigit():
                return False
            return previous is not None and previous not in ATTACH_RIGHT
        return False

    def _attaches_right(self, token: str, index: int, previous: str | None, following: str | None) -> bool:
        if token in ATTACH_RIGHT or token == "/":
            return True
        if token == '"':
            return self.double_quote_open  # an opening quote hugs the word after it
        if token == "'":
            if previous is not None and previous[-1:] in ("s", "S"):
                return False
            return following is not None and (following.isdigit() or previous is None)
        return False

    def _double_quote_closes(self, index: int, following: str | None) -> bool:
        # At the start of a sentence a quote opens and at its end (or before a comma or full stop) it closes, whatever
        # came before: that stops one unbalanced quote in a story from turning every later one inside out.
        if index == 0:
            return False
        if following is None or following in ATTACH_LEFT:
            return True
        return self.double_quote_open


def is_prose(sentence: list[str]) -> bool:
    """A sentence that ends like prose, as opposed to a byline, a dateline, a headline or a row of a results table."""
    last = len(sentence) - 1
    while last > 0 and sentence[last] in CLOSING_AFTER_END:
        last -= 1
    return sentence[last] in SENTENCE_ENDS and len(sentence) > 3


def title_of(text: str) -> tuple[str, bool]:
    """The first sentence as a title, cut at a word end near TITLE_LENGTH characters; says whether it was cut."""
    if len(text) <= TITLE_LENGTH:
        return text, False
    cut = text.rfind(" ", 0, TITLE_LENGTH)
    head = text[:cut] if cut > 0 else text[:TITLE_LENGTH]
    return head.rstrip(" ,;:-") + "\u2026", True


def paragraphs_of(sentences: list[str], prose: list[bool], inside_quote: list[bool]) -> list[str]:
    """Prose sentences grouped a few to a paragraph, not breaking inside a quotation if it can be helped; anything
    else (bylines, datelines, table rows) on a line of its own, as a wire story prints them."""
    paragraphs: list[str] = []
    group: list[str] = []
    for text, is_sentence, quoting in zip(sentences, prose, inside_quote):
        if is_sentence:
            group.append(text)
            if len(group) >= SENTENCES_PER_PARAGRAPH and (not quoting or len(group) >= LONGEST_PARAGRAPH):
                paragraphs.append(" ".join(group))
                group = []
        else:
            if group:
                paragraphs.append(" ".join(group))
                group = []
            paragraphs.append(text)
    if group:
        paragraphs.append(" ".join(group))
    return paragraphs


@dataclass(frozen=True)
class Article:
    """A story as text, with the number of CoNLL tokens the text holds (a cut title counts the words it keeps)."""

    text: str
    token_count: int


def joined_sentences(story: Story) -> tuple[list[str], list[bool], list[bool]]:
    """Each sentence as text, with whether it is prose and whether a quotation is still open after it. CoNLL sometimes splits after an abbreviation's full stop
    ("Mo." then ", at midday ...") or leaves a stray full stop as a sentence of its own; such a piece starts with
    closing punctuation and is joined to the sentence before it rather than standing alone."""
    detokenizer = Detokenizer()
    texts: list[str] = []
    prose: list[bool] = []
    inside_quote: list[bool] = []
    for tokens in story.sentences:
        text = detokenizer.sentence(tokens)
        if texts and tokens[0] in ATTACH_LEFT:
            texts[-1] += text
            prose[-1] = prose[-1] or is_prose(tokens)
            inside_quote[-1] = detokenizer.double_quote_open
        else:
            texts.append(text)
            prose.append(is_prose(tokens))
            inside_quote.append(detokenizer.double_quote_open)
    return texts, prose, inside_quote


def article_of(story: Story) -> Article:
    sentences, prose, inside_quote = joined_sentences(story)
    title, was_cut = title_of(sentences[0])
    # An uncut first sentence is the title line and is not repeated; a cut one is repeated whole in the body, so
    # that no part of the story is lost.
    first_body = 1 if not was_cut else 0
    body = paragraphs_of(sentences[first_body:], prose[first_body:], inside_quote[first_body:])
    tokens = story.token_count
    if was_cut:
        tokens += len(title.rstrip("\u2026").split())
    text = title + "\n\n" + "\n\n".join(body) + "\n" if body else title + "\n"
    return Article(text, tokens)


ARCHIVE_LINE_TOKENS = 7  # "Archive copy C of article K ." as CoNLL would split it


def archive_line(copy: int, article_number: int) -> str:
    return f"Archive copy {copy} of article {article_number}."


def main(argv: list[str]) -> int:
    repository = Path(__file__).resolve().parents[2]
    conll = repository.parent / "shared" / "data" / "conll2003"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path,
                        help=f"CoNLL-2003 files (default: {conll / 'eng.train'} and {conll / 'eng.testa'})")
    parser.add_argument("--out", required=True, type=Path, help="folder to write the articles into (created if needed)")
    parser.add_argument("--copies", type=int, default=1, help="variants of every article to write (default 1)")
    parser.add_argument("--renamed", action="store_true",
                        help="with --copies N: give every name in copies 2..N a new name that occurs nowhere in the "
                             "input (persons: a real given name and an invented surname; organisations, places and "
                             "others: invented words beside the kept 'of', 'Bank', 'Corp'...), the same across one "
                             "copy and different between copies, so that each copy holds new entities rather than "
                             "repeating copy 1's")
    options = parser.parse_args(argv)
    if options.copies < 1:
        parser.error("--copies must be at least 1")
    if options.renamed and options.copies < 2:
        parser.error("--renamed needs --copies 2 or more (copy 1 is always the original)")
    inputs: list[Path] = options.inputs or [conll / "eng.train", conll / "eng.testa"]
    for path in inputs:
        if not path.is_file():
            parser.error(f"not a file: {path}")

    options.out.mkdir(parents=True, exist_ok=True)
    stories_by_input = [(path, read_stories(path)) for path in inputs]
    renamer = None
    if options.renamed:
        renamer = EntityRenamer(NameInventory((story.sentences, story.tags)
                                              for _, stories in stories_by_input for story in stories))
    documents = source_tokens = written_tokens = files = 0
    article_number = 0
    for path, stories in stories_by_input:
        prefix = path.name.split(".")[-1] if "." in path.name else path.name  # eng.train -> train
        width = max(4, len(str(len(stories))))
        for story_index, story in enumerate(stories, start=1):
            article_number += 1
            documents += 1
            source_tokens += story.token_count
            original = article_of(story)
            for copy in range(1, options.copies + 1):
                article = original
                if renamer is not None and copy > 1:
                    article = article_of(Story(renamer.rename(story.sentences, story.tags, copy), story.tags))
                text = article.text
                tokens = article.token_count
                if copy > 1:
                    text += "\n" + archive_line(copy, article_number) + "\n"
                    tokens += ARCHIVE_LINE_TOKENS
                # Copy 1 has the one-copy corpus' name (train-0001.txt); copy 2 of it is train-0001-c02.txt, and so on.
                suffix = "" if copy == 1 else f"-c{copy:0{len(str(options.copies))}d}"
                name = f"{prefix}-{story_index:0{width}d}{suffix}.txt"
                with open(options.out / name, "w", encoding="utf-8", newline="\n") as file:
                    file.write(text)
                files += 1
                written_tokens += tokens

    print(f"inputs: {' '.join(str(path) for path in inputs)}")
    print(f"documents: {documents}")
    print(f"tokens: {source_tokens}")
    print(f"copies: {options.copies}")
    if renamer is not None:
        counts = renamer.counts
        print("renamed: yes")
        print(f"names renamed: {counts.names - counts.names_unchanged}")
        print(f"names left as they were: {counts.names_unchanged}")
        print(f"lone given names replaced by other real given names: {counts.given_name_only}")
        print(f"untagged mentions renamed: {counts.untagged_mentions}")
        print(f"words invented: {counts.invented_words}")
        print(f"acronyms invented: {counts.new_acronyms}")
    print(f"files written: {files}")
    print(f"tokens written: {written_tokens}")
    print(f"output: {os.fspath(options.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
