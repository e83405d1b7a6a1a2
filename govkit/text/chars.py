"""Character classes shared by the cleaning passes (normalise, chrome, watermarks, wraps).

Each constant is a plain string of characters (or a regex class body) so that a pass can
test membership, build a regex from it, or strip with it.
"""

from __future__ import annotations

import re

#: Han characters, as a regex class body (the CJK blocks plus 〇).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〇"
HAN_RX = re.compile(f"[{HAN}]")
#: Closing quotes and brackets (looked through when asking what ends a sentence).
CLOSERS = "”’」』)》】〉"
#: What ends a sentence or a clause that may end a paragraph (half- and full-width).
END_PUNCT = "。!?;:…！？；："
#: List bullets that can start a line.
BULLETS = "•·●▪◆■◇□○►▶√-*"
#: Pinyin letters with tone marks.
TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
#: Sentence punctuation: a line containing any is running text, not a title or a key.
NO_SENTENCE = re.compile(r"[。,;!?]")


def is_han(ch: str) -> bool:
    """Is *ch* a Han character (see :data:`HAN`)?"""
    return ("\u4e00" <= ch <= "\u9fff") or ("\u3400" <= ch <= "\u4dbf") or ("\uf900" <= ch <= "\ufaff") or ch == "〇"


def is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
