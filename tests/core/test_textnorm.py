"""fold() and the targets' normalise() give what str.translate gives, on short and long text alike."""

import random

import pytest

from workreport.core import textnorm
from workreport.core.targets_numbers import normalise
from workreport.core.textnorm import Translation, fold

_SAMPLE = "２０２３年，全市ＧＤＰ增长６．５％、“十四五”规划（草案）：新建　学校「３所」。——《报告》·完成【1】〔2〕"


def _random_text(rng: random.Random, length: int) -> str:
    """Report-like text: folded punctuation and digits among characters fold leaves alone."""
    alphabet = _SAMPLE + "的一是在不了有和人这中大为上个国我以要他" + "abcXYZ 0123"
    return "".join(rng.choice(alphabet) for _ in range(length))


@pytest.mark.parametrize("length", [0, 1, 20, Translation.LONG - 1, Translation.LONG, 5000])
def test_fold_is_the_translation_table(length):
    rng = random.Random(length)
    for _ in range(20):
        text = _random_text(rng, length)
        assert fold(text) == text.translate(textnorm._FOLD)  # noqa: SLF001 - the table is the reference
        assert len(fold(text)) == len(text)


def test_normalise_keeps_the_clause_punctuation_apart():
    text = _SAMPLE * 20  # long enough for the replace path
    assert normalise(text)[:len(_SAMPLE)] == normalise(_SAMPLE)
    assert "、" in normalise(_SAMPLE) and "，" in normalise(_SAMPLE) and "。" in normalise(_SAMPLE)
    assert "２" not in normalise(_SAMPLE)


def test_a_translation_refuses_chained_replacements():
    with pytest.raises(ValueError):
        Translation({ord("a"): "b", ord("b"): "c"})  # replacing one after the other would turn a into c
