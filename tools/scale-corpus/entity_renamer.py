"""New names for the named entities of CoNLL stories, so that each extra copy of a story is a different story to kg.

A corpus of identical copies flatters the large ingest: from the second copy on, every name resolves to an entity that
is already stored. `NameInventory` learns from the whole CoNLL input which words are names, which are ordinary words and
what real names of each type sound like; `EntityRenamer` then gives copy k of a story new names, using the NER column
(IOB1: `I-TYPE` inside a name, `B-TYPE` only where two names of one type touch):

* persons keep a real given name from the corpus (a different one) and get an invented surname, so "Peter Blackburn"
  might become "Gordon Haltermer", and a later "Blackburn" alone becomes "Haltermer";
* organisations, places and other names (MISC) keep their function words and ordinary words ("of", "Bank",
  "United", "New", "Cup") and legal suffixes ("Corp", "FC", "AG"), while every other word becomes an invented word
  built from syllables of real names of the same type (a MISC word keeps its last syllable: "German" might become
  "Uman"); acronyms become other letters of the same shape ("U.S." and
  "US" both become, say, "K.R." and "KR");
* a word keeps its capitalisation pattern (title case, or all capitals in a headline), and token counts never change;
  numbers, dates and ordinary words are left alone.

A replacement depends only on the copy number and the original word, so within one copy the same name gets the same
new name in every story (the copy keeps the cross-story links of the original, just with other entities), and copies
differ from each other. No invented word occurs anywhere in the input, and no invented word is used for two different
originals, in any copy. Randomness comes from `random.Random` seeded with SHA-256 of the copy and the word, never from
Python's salted `hash`, so the output is the same on every run.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

KINDS = ("PER", "ORG", "LOC", "MISC")
# Legal forms and name suffixes that stay as written: they say what kind of name it is, not which one.
KEPT_AFFIXES = frozenset({
    "ab", "ag", "as", "asa", "bhd", "bv", "cie", "co", "corp", "fc", "gmbh", "inc", "jr", "kk", "llc", "ltd", "nl",
    "nv", "oy", "plc", "pty", "sa", "se", "spa", "sr", "ii", "iii", "iv", "st", "mt", "ft",
})
VOWELS = frozenset("aeiou")
# Letter pairs that spell one sound; a syllable boundary never falls between them.
DIGRAPHS = frozenset({"ch", "sh", "th", "ph", "gh", "ck"})
ORDINARY_WORD_MIN_COUNT = 3  # lower-case, untagged occurrences that make a word ordinary English rather than a name
ONSET_MIN_WORDS = 3  # real name words that must start with a consonant cluster before it may start a syllable
GIVEN_NAME_MIN_COUNT = 2  # uses as the first word of a person's name before it joins the given-name pool
LONGEST_ACRONYM_FROM_CAPITALS = 5  # an all-capitals word never seen otherwise is an acronym up to this length
ATTEMPTS_PER_SHAPE = 200
LETTERS = re.compile(r"[A-Za-z]+")
# Inside a compound token: an acronym spelt with dots ("U.S." of "U.S.-led"), else a run of letters.
TOKEN_PARTS = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z]+")
REPEATED_LETTER = re.compile(r"(.)\1\1")
ASCII_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class NameSpan:
    """One name in a sentence: tokens [start, end) of sentence `sentence`, of CoNLL type `kind`."""

    sentence: int
    start: int
    end: int
    kind: str


def name_spans(tags_by_sentence: list[list[str]]) -> list[NameSpan]:
    """Names from IOB1 tags: a name goes on while the tag is `I-` of the same type; `B-` or another type starts one."""
    spans: list[NameSpan] = []
    for sentence, tags in enumerate(tags_by_sentence):
        start, kind = -1, ""
        for index, tag in enumerate(tags + ["O"]):
            boundary, _, tag_kind = tag.partition("-")
            continues = boundary == "I" and tag_kind == kind
            if start >= 0 and not continues:
                spans.append(NameSpan(sentence, start, index, kind))
                start, kind = -1, ""
            if tag_kind in KINDS and not continues:
                start, kind = index, tag_kind
    return spans


def with_case_of(original: str, word: str) -> str:
    """`word` written the way `original` is: all capitals, capitalised, or lower case."""
    letters = "".join(LETTERS.findall(original))
    if len(letters) > 1 and letters.isupper():
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:].lower()
    return word.lower()


def seeded(*parts: object) -> random.Random:
    """A generator that depends only on `parts` (SHA-256, not Python's per-process salted hash)."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def is_vowel(word: str, index: int) -> bool:
    """a e i o u, and y where it is not a consonant: not at the start of a word and not before a vowel."""
    letter = word[index]
    if letter in VOWELS:
        return True
    return letter == "y" and index > 0 and not (index + 1 < len(word) and word[index + 1] in VOWELS)


def longest_run(word: str, vowel: bool) -> int:
    longest = run = 0
    for index in range(len(word)):
        run = run + 1 if is_vowel(word, index) == vowel else 0
        longest = max(longest, run)
    return longest


class SyllableSplitter:
    """Cuts lower-case words into syllables by the maximal-onset rule, where the legal onsets are the consonant
    clusters that real name words start with ("br", "sch", "str"), so "blackburn" gives "black" + "burn"."""

    def __init__(self, words: Iterable[str]) -> None:
        starts = Counter(self._onset(word) for word in set(words))
        self.onsets = frozenset(onset for onset, count in starts.items() if onset and count >= ONSET_MIN_WORDS)

    @staticmethod
    def _onset(word: str) -> str:
        index = 0
        while index < len(word) and not is_vowel(word, index):
            index += 1
        return word[:index] if index < len(word) else ""

    def split(self, word: str) -> list[str]:
        nuclei: list[tuple[int, int]] = []  # [start, end) of each run of vowels
        index = 0
        while index < len(word):
            if is_vowel(word, index):
                start = index
                while index < len(word) and is_vowel(word, index):
                    index += 1
                nuclei.append((start, index))
            else:
                index += 1
        if len(nuclei) < 2:
            return [word]
        cuts = [0]
        for (_, end), (next_start, _) in zip(nuclei, nuclei[1:]):
            cuts.append(end + self._coda_length(word[end:next_start]))
        cuts.append(len(word))
        return [word[a:b] for a, b in zip(cuts, cuts[1:])]

    def _coda_length(self, cluster: str) -> int:
        """How many consonants between two vowels close the first syllable: as few as leave a legal onset."""
        for coda in range(len(cluster) + 1):
            onset = cluster[coda:]
            if 0 < coda < len(cluster) and cluster[coda - 1:coda + 1] in DIGRAPHS:
                continue
            if not onset or onset in self.onsets:
                return coda
        return len(cluster)


@dataclass
class SyllablePool:
    """Syllables of the real name words of one type, by position in the word; repeated as often as distinct words
    use them, so common shapes come up more often."""

    initial: list[str] = field(default_factory=list)
    middle: list[str] = field(default_factory=list)
    final: list[str] = field(default_factory=list)


class NameInventory:
    """What the whole input says about words: every word it contains (invented words must avoid them all), the words
    used as ordinary lower-case English, the all-capitals tokens that are acronyms, the given names, and syllable
    pools for inventing names of each type."""

    def __init__(self, stories: Iterable[tuple[list[list[str]], list[list[str]]]]) -> None:
        self.vocabulary: set[str] = set()
        lower_case_uses: Counter[str] = Counter()
        lower_case_in_names: Counter[str] = Counter()
        self._written_with_lower_case: set[str] = set()  # case-folded words seen with a lower-case letter
        self._capitalised_uses: Counter[str] = Counter()  # case-folded words written "Title", as a headline would not
        self._capitals_in_running_text: Counter[str] = Counter()  # all-capitals tokens in ordinary mixed-case sentences
        name_words: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
        kind_of_word: dict[str, Counter[str]] = {}
        first_words: Counter[str] = Counter()
        later_words: Counter[str] = Counter()
        for sentences, tags_by_sentence in stories:
            for tokens, tags in zip(sentences, tags_by_sentence):
                words = ["".join(LETTERS.findall(t)) for t in tokens]
                wordy = [w for w in words if len(w) > 1]
                capitals = [w for w in wordy if w.isupper()]
                running_text = len(wordy) >= 4 and len(capitals) * 2 < len(wordy)
                for token, tag in zip(tokens, tags):
                    folded = token.casefold()
                    self.vocabulary.add(folded)
                    self.vocabulary.add("".join(LETTERS.findall(folded)))
                    if any(c.islower() for c in token):
                        self._written_with_lower_case.add(folded)
                        if token[:1].isupper():
                            self._capitalised_uses[folded] += 1
                    elif running_text and token.isupper():
                        self._capitals_in_running_text[token] += 1
                    if tag == "O" and token.islower():
                        lower_case_uses[folded] += 1
            for span in name_spans(tags_by_sentence):
                lower_case_in_names.update(t for t in sentences[span.sentence][span.start:span.end] if t.islower())
                words = [part.casefold() for t in sentences[span.sentence][span.start:span.end]
                         for part in LETTERS.findall(t) if part[:1].isupper() and len(part) > 1]
                for position, word in enumerate(words):
                    kind_of_word.setdefault(word, Counter())[span.kind] += 1
                    if span.kind == "PER" and len(words) > 1 and position == 0:
                        first_words[word] += 1  # a given name: not a syllable source for surnames
                        continue
                    later_words[word] += 1
                    if ASCII_WORD.fullmatch(word) and len(word) >= 3:
                        name_words[span.kind][word] += 1
        self.ordinary_words = frozenset(w for w, n in lower_case_uses.items() if n >= ORDINARY_WORD_MIN_COUNT)
        # Lower-case words that recur inside names ("de", "van", "al") are particles; a one-off "germany" is a name.
        self.particles = frozenset(w for w, n in lower_case_in_names.items() if n >= ORDINARY_WORD_MIN_COUNT)
        # The style of a word outside person names: the other type it is most often part of (ties: first in KINDS).
        self.style_of = {word: max(KINDS[1:], key=lambda kind: (counts[kind], -KINDS.index(kind)))
                         for word, counts in kind_of_word.items()}
        # Given names: words that start person names more often than they stand anywhere else in a name, and are
        # neither ordinary words ("Mother" Teresa) nor particles ("Van").
        self.given_names = sorted(w for w, n in first_words.items()
                                  if n >= GIVEN_NAME_MIN_COUNT and n > later_words[w] and ASCII_WORD.fullmatch(w)
                                  and len(w) >= 3 and w not in self.ordinary_words and w not in self.particles)
        self.splitter = SyllableSplitter(w for counts in name_words.values() for w in counts)
        everything = Counter()
        for counts in name_words.values():
            everything.update(counts)
        fallback = self._pool(everything)
        # A type with too few names of its own (a small input) borrows the syllables of all types.
        self.pools = {kind: pool if len(pool.initial) >= 20 else fallback
                      for kind, pool in ((kind, self._pool(name_words[kind])) for kind in KINDS)}

    def _pool(self, words: Counter[str]) -> SyllablePool:
        pool = SyllablePool()
        for word in sorted(words):
            syllables = self.splitter.split(word)
            if len(syllables) >= 2:
                pool.initial.append(syllables[0])
                pool.middle.extend(syllables[1:-1])
                pool.final.append(syllables[-1])
        return pool

    def is_acronym(self, token: str) -> bool:
        """All capitals and either spelt with dots or an ampersand ("U.S.", "AT&T"), short and never written in
        lower case ("EU", "NATO"), or more often in capitals in running text than capitalised ("US"). "BRUSSELS" in a
        headline is a word, not an acronym."""
        letters = "".join(LETTERS.findall(token))
        if len(letters) < 2 or not letters.isupper() or any(c.isdigit() for c in token):
            return False
        if "." in token or "&" in token:
            return True
        folded = token.casefold()
        if folded not in self._written_with_lower_case:
            return len(letters) <= LONGEST_ACRONYM_FROM_CAPITALS
        # A word that is also written in lower case is an acronym where running text has it in capitals more often
        # than capitalised: "US" (beside "us"), but not "SOUTH" of a headline (beside "South").
        return self._capitals_in_running_text[token] > self._capitalised_uses[folded]


@dataclass
class RenamingCounts:
    """What the renamer did, for the summary make_corpus.py prints."""

    names: int = 0  # name spans in the copies it renamed
    names_unchanged: int = 0  # spans with nothing to rename (initials, numbers only)
    given_name_only: int = 0  # single-word person mentions that became another real given name
    untagged_mentions: int = 0  # untagged tokens renamed because a tagged name in the same story was
    invented_words: int = 0
    new_acronyms: int = 0


class EntityRenamer:
    """Gives the names in copy k of a story new names (see the module's description). Keep one instance for a whole
    corpus: it remembers every word it has invented so none is used twice."""

    def __init__(self, inventory: NameInventory) -> None:
        self._inventory = inventory
        self._words: dict[tuple[int, str, str], str] = {}  # (copy, role, case-folded original) -> new word
        self._owner: dict[str, tuple[int, str, str]] = {}  # every invented word and which original it stands for
        self.counts = RenamingCounts()

    def rename(self, sentences: list[list[str]], tags_by_sentence: list[list[str]], copy: int) -> list[list[str]]:
        """The story's tokens with every name replaced for copy `copy` (2 or more); same number of tokens."""
        inventory = self._inventory
        result = [list(tokens) for tokens in sentences]
        spans = name_spans(tags_by_sentence)
        person_roles = self._person_word_roles(sentences, spans)
        # A surname keeps its new surname where the annotators tagged it otherwise in the same story ("Rajavi" as
        # MISC two sentences after "Massoud Rajavi").
        surnames_here = {part.casefold() for (sentence, index), role in person_roles.items() if role == "surname"
                         for part in LETTERS.findall(sentences[sentence][index])}
        renamed_here: dict[tuple[str, str], str] = {}  # ("word"/"acronym", case-folded) -> new form, for untagged uses
        for span in spans:
            self.counts.names += 1
            changed = False
            for index in range(span.start, span.end):
                token = sentences[span.sentence][index]
                if span.kind == "PER":
                    role = person_roles.get((span.sentence, index))
                    if role is None:
                        continue
                    if role == "given" and span.end - span.start == 1:
                        self.counts.given_name_only += 1
                    new = self._replace_parts(token, copy, role, renamed_here, surnames_here)
                elif inventory.is_acronym(token):
                    if "".join(LETTERS.findall(token)).casefold() in KEPT_AFFIXES:
                        continue
                    new = self._acronym(token, copy, renamed_here)
                else:
                    new = self._replace_parts(token, copy, "word", renamed_here, surnames_here)
                if new != token:
                    result[span.sentence][index] = new
                    changed = True
            if not changed:
                changed = self._force_one(sentences, result, span, copy)
            if not changed:
                self.counts.names_unchanged += 1
        self._rename_untagged(sentences, tags_by_sentence, result, renamed_here)
        return result

    def _person_word_roles(self, sentences: list[list[str]], spans: list[NameSpan]) -> dict[tuple[int, int], str]:
        """"given" or "surname" for each (sentence, token) that is a word of a person's name. The first of several
        words is the given name; a lone word is the given name only if the story uses it so in a full name and never
        as a surname ("Peter" after "Peter Blackburn"), else a surname ("Blackburn")."""
        words_of = {span: [i for i in range(span.start, span.end) if self._is_person_word(sentences[span.sentence][i])]
                    for span in spans if span.kind == "PER"}
        given: set[str] = set()
        surnames: set[str] = set()
        for span, indices in words_of.items():
            if len(indices) > 1:
                given.add(sentences[span.sentence][indices[0]].casefold())
                surnames.update(sentences[span.sentence][i].casefold() for i in indices[1:])
        roles: dict[tuple[int, int], str] = {}
        for span, indices in words_of.items():
            for position, index in enumerate(indices):
                folded = sentences[span.sentence][index].casefold()
                if len(indices) > 1:
                    is_given = position == 0
                else:
                    is_given = folded in given and folded not in surnames
                roles[(span.sentence, index)] = "given" if is_given else "surname"
        return roles

    @staticmethod
    def _is_person_word(token: str) -> bool:
        """A word of a person's name to replace: capitalised, not an initial ("J."), not "Jr" or a numeral."""
        parts = LETTERS.findall(token)
        return (any(len(p) > 1 and p[:1].isupper() for p in parts) and not token.endswith(".")
                and "".join(parts).casefold() not in KEPT_AFFIXES)

    def _person_roles(self, sentences: list[list[str]], spans: list[NameSpan]) -> tuple[set[str], set[str]]:
        """Given names and surnames of the full person names in one story, so that "Blackburn" alone is known as the
        surname of "Peter Blackburn" and "Peter" alone as his given name."""
        given: set[str] = set()
        surnames: set[str] = set()
        for span in spans:
            if span.kind != "PER":
                continue
            words = [t.casefold() for t in sentences[span.sentence][span.start:span.end] if self._is_person_word(t)]
            if len(words) > 1:
                given.add(words[0])
                surnames.update(words[1:])
        return given, surnames

    def _is_kept_word(self, part: str) -> bool:
        """Words of organisation, place and other names that stay: function words, ordinary English, legal forms."""
        folded = part.casefold()
        return (len(part) < 2 or folded in KEPT_AFFIXES or folded in self._inventory.ordinary_words
                or (part.islower() and folded in self._inventory.particles))

    def _replace_parts(self, token: str, copy: int, role: str, renamed_here: dict[tuple[str, str], str],
                       surnames_here: set[str]) -> str:
        """Each capitalised run of letters of `token` ("Inzamam-ul-Haq" has two) replaced as a person's given name or
        surname (`role` "given" or "surname") or as a word of another name ("word": kept words stay, and an acronym
        in a compound, "EU" of "EU-wide", becomes the same new acronym as "EU" alone; a word in `surnames_here`, a
        surname elsewhere in the story, becomes that surname's replacement)."""

        def replace(match: re.Match[str]) -> str:
            part = match.group(0)
            if role == "word" and (part.endswith(".") or (part != token and self._inventory.is_acronym(part))):
                return self._acronym(part, copy, renamed_here)
            if len(part) < 2 or part.endswith("."):
                return part
            if role == "word":
                if self._is_kept_word(part):
                    return part
            elif not part[:1].isupper():
                return part
            folded = part.casefold()
            if role == "given" and self._inventory.given_names:
                return with_case_of(part, self._given_name(folded, copy))
            as_surname = role == "surname" or folded in surnames_here
            new = self._word(folded, copy, "surname" if as_surname else "word")
            renamed_here.setdefault(("word", folded), new)
            return with_case_of(part, new)

        return TOKEN_PARTS.sub(replace, token)

    def _force_one(self, sentences: list[list[str]], result: list[list[str]], span: NameSpan, copy: int) -> bool:
        """A name made only of kept words ("United States", "World Cup", "Shell") still needs to become a new name:
        its first capitalised word is replaced. Such words are not renamed where they stand untagged."""
        for index in range(span.start, span.end):
            token = sentences[span.sentence][index]
            if self._inventory.is_acronym(token):
                result[span.sentence][index] = self._acronym(token, copy, {})
                return True
            match = next((m for m in LETTERS.finditer(token) if len(m.group(0)) > 1 and m.group(0)[:1].isupper()), None)
            if match is not None:
                part = match.group(0)
                new = with_case_of(part, self._word(part.casefold(), copy, "word"))
                result[span.sentence][index] = token[:match.start()] + new + token[match.end():]
                return True
        return False

    def _rename_untagged(self, sentences: list[list[str]], tags_by_sentence: list[list[str]],
                         result: list[list[str]], renamed_here: dict[tuple[str, str], str]) -> None:
        """CoNLL's annotators missed a few names; where a capitalised untagged word is a name renamed elsewhere in the
        same story ("Clinton-era", a stray "Blackburn"), it is renamed too, so the old name does not leak through."""
        ordinary = self._inventory.ordinary_words
        for sentence, (tokens, tags) in enumerate(zip(sentences, tags_by_sentence)):
            for index, (token, tag) in enumerate(zip(tokens, tags)):
                if tag != "O" or not token[:1].isupper():
                    continue

                def replace(match: re.Match[str]) -> str:
                    part = match.group(0)
                    if part.endswith(".") or self._inventory.is_acronym(part):
                        letters = "".join(LETTERS.findall(part)).casefold()
                        new_letters = renamed_here.get(("acronym", letters))
                        return part if new_letters is None else self._shape_acronym(part, new_letters)
                    folded = part.casefold()
                    if len(part) < 2 or not part[:1].isupper() or folded in ordinary:
                        return part
                    new_word = renamed_here.get(("word", folded))
                    return part if new_word is None else with_case_of(part, new_word)

                new = TOKEN_PARTS.sub(replace, token)
                if new != token:
                    result[sentence][index] = new
                    self.counts.untagged_mentions += 1

    def _given_name(self, folded: str, copy: int) -> str:
        """Another real given name from the corpus; the surname beside it is invented, so the pair never occurred."""
        key = (copy, "given", folded)
        if key not in self._words:
            pool = self._inventory.given_names
            rng = seeded(*key)
            choice = rng.choice(pool)
            while choice == folded and len(pool) > 1:
                choice = rng.choice(pool)
            self._words[key] = choice
        return self._words[key]

    def _claim(self, word: str, key: tuple[int, str, str]) -> bool:
        """Takes `word` for `key` if it is in no input text and not already standing for another original."""
        if word in self._inventory.vocabulary or self._owner.get(word, key) != key:
            return False
        self._owner[word] = key
        return True

    def _word(self, folded: str, copy: int, role: str) -> str:
        """The invented word (lower case) that stands for `folded` in copy `copy`, as a person's surname (`role`
        "surname", sounding like real surnames) or as a word of another name ("word", sounding like the names of
        the type it is most often part of). "Blackburn" the footballer and "Blackburn" the club get different words."""
        key = (copy, role, folded)
        if key in self._words:
            return self._words[key]
        inventory = self._inventory
        style = "PER" if role == "surname" else inventory.style_of.get(folded, "ORG")
        pool = inventory.pools[style]
        original = inventory.splitter.split(folded) if ASCII_WORD.fullmatch(folded) else [folded]
        # Other names (MISC: "German", "Olympics") keep their last syllable, which carries the grammar ("-an", "-ics").
        ending = original[-1] if style == "MISC" and len(original) >= 2 else None
        rng = seeded(*key)
        syllables = min(max(len(original), 2), 4)
        while True:
            for _ in range(ATTEMPTS_PER_SHAPE):
                parts = [rng.choice(pool.initial)] + [rng.choice(pool.middle or pool.initial)
                                                      for _ in range(syllables - 2)]
                parts.append(ending if ending is not None else rng.choice(pool.final))
                word = "".join(parts)
                if (syllables > 8 or self._plausible(word, folded)) and word != folded and self._claim(word, key):
                    self._words[key] = word
                    self.counts.invented_words += 1
                    return word
            syllables += 1  # every short word of this shape is taken: allow a longer one
            if syllables > 6:
                ending = None  # a kept ending that fits nothing ("-douard") is given up

    @staticmethod
    def _plausible(word: str, original: str) -> bool:
        """No triple letters, no longer runs of consonants (three) or vowels (two) than the original has if it has
        longer ones, and a length names have."""
        return (4 <= len(word) <= max(14, len(original) + 2) and not REPEATED_LETTER.search(word)
                and longest_run(word, vowel=False) <= max(3, longest_run(original, vowel=False))
                and longest_run(word, vowel=True) <= max(2, longest_run(original, vowel=True)))

    def _acronym(self, token: str, copy: int, renamed_here: dict[tuple[str, str], str]) -> str:
        """Other capital letters in the same places ("U.S." -> "K.R."); "US" and "U.S." share one new acronym."""
        letters = "".join(LETTERS.findall(token)).casefold()
        key = (copy, "acronym", letters)
        if key not in self._words:
            rng = seeded(*key)
            length = len(letters)
            attempt = 0
            while True:
                # First keep vowels where the original has them (pronounceable ones stay pronounceable), then not.
                keep_vowels = attempt < ATTEMPTS_PER_SHAPE
                new = "".join(
                    rng.choice("aeiou" if keep_vowels and i < len(letters) and letters[i] in VOWELS
                               else "bcdfghjklmnpqrstvwxz" if keep_vowels else "abcdefghijklmnopqrstuvwxyz")
                    for i in range(length))
                if new != letters and self._claim(new, key):
                    break
                attempt += 1
                if attempt == 2 * ATTEMPTS_PER_SHAPE:
                    attempt, length = 0, length + 1
            self._words[key] = new
            self.counts.new_acronyms += 1
        renamed_here.setdefault(("acronym", letters), self._words[key])
        return self._shape_acronym(token, self._words[key])

    @staticmethod
    def _shape_acronym(token: str, letters: str) -> str:
        """`letters` in capitals, in the letter positions of `token`, keeping its dots and ampersands; a longer
        replacement puts its extra letters after the last one."""
        out: list[str] = []
        remaining = iter(letters.upper())
        count = sum(1 for c in token if c.isalpha())
        seen = 0
        for c in token:
            if c.isalpha():
                seen += 1
                out.append(next(remaining) if seen < count else "".join(remaining))
            else:
                out.append(c)
        return "".join(out)
