"""Benchmark (not a test): monitor throughput on a generated four-language corpus.

Generates N MB of news-like text in English, Spanish, Portuguese and French (about 1%
of documents relevant), streamed from a seeded generator, and measures per core, in
the same run:
  - the floor: reading and decoding the bytes;
  - triage with Hyperscan and with pyahocorasick (the same folded lexicon);
  - spaCy's PhraseMatcher and a Python `re` alternation with the same lexicon, on a
    slice of the corpus (they are too slow for all of it);
  - the whole pipeline on plain text, and on HTML pages (cheap text for triage, the
    careful extractor only on hits);
  - resident memory at a quarter, half and all of the corpus (it should stay flat).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from legation.monitor.matcher import AhoMatcher, HyperscanMatcher
from legation.monitor.pipeline import Document, process
from legation.monitor.triage import lexicon, score_counts

FILLER = {
    "en": ["The central bank kept interest rates unchanged on {d}, citing slower inflation.", "Heavy rain flooded several roads in the north of the country.",
           "The national team won its qualifier two goals to one.", "Farmers protested against the new tax on diesel.", "The ministry of health opened three new clinics.",
           "Exports of coffee rose by {n} percent in the first quarter.", "A new bridge over the river will open next year.", "The city council approved the budget for schools."],
    "es": ["El banco central mantuvo las tasas de interés el {d}.", "Las lluvias inundaron varias carreteras del norte.", "La selección ganó su partido dos a uno.",
           "Los agricultores protestaron contra el nuevo impuesto al diésel.", "El ministerio de salud abrió tres clínicas.", "Las exportaciones de café subieron un {n} por ciento.",
           "Un nuevo puente sobre el río abrirá el próximo año.", "El concejo aprobó el presupuesto de las escuelas."],
    "pt": ["O banco central manteve os juros em {d}.", "A chuva forte alagou várias estradas no norte.", "A seleção venceu por dois a um.",
           "Os agricultores protestaram contra o novo imposto sobre o diesel.", "O ministério da saúde abriu três clínicas.", "As exportações de café subiram {n} por cento.",
           "Uma nova ponte sobre o rio será aberta no ano que vem.", "A câmara aprovou o orçamento das escolas."],
    "fr": ["La banque centrale a maintenu ses taux le {d}.", "De fortes pluies ont inondé plusieurs routes du nord.", "L'équipe nationale a gagné deux buts à un.",
           "Les agriculteurs ont manifesté contre la nouvelle taxe sur le gazole.", "Le ministère de la santé a ouvert trois cliniques.", "Les exportations de café ont augmenté de {n} pour cent.",
           "Un nouveau pont sur le fleuve ouvrira l'an prochain.", "Le conseil municipal a approuvé le budget des écoles."],
}  # fmt: skip
RELEVANT = {
    "en": "Police stormed the Mexican embassy in Quito without the ambassador's consent and arrested a former vice-president who had been granted asylum.",
    "es": "La policía irrumpió en la embajada de México en Quito sin el consentimiento del embajador y detuvo a un exvicepresidente asilado.",
    "pt": "A polícia invadiu a embaixada do México em Quito sem o consentimento do embaixador e deteve um ex-vice-presidente asilado.",
    "fr": "La police a fait irruption dans l'ambassade du Mexique à Quito sans le consentement de l'ambassadeur et a arrêté un ancien vice-président réfugié.",
}


def documents(megabytes: int, seed: int = 11) -> Iterator[str]:
    rng = random.Random(seed)
    budget = megabytes * 1024 * 1024
    while budget > 0:
        lang = rng.choice(list(FILLER))
        parts = [
            rng.choice(FILLER[lang]).format(
                d=f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", n=rng.randint(1, 30)
            )
            for _ in range(rng.randint(10, 24))
        ]
        if rng.random() < 0.01:
            parts.insert(rng.randint(0, len(parts)), RELEVANT[lang])
        doc = " ".join(parts)
        budget -= len(doc.encode("utf-8"))
        yield doc


def write_corpus(path: Path, megabytes: int) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for doc in documents(megabytes):
            f.write(doc.replace("\n", " ") + "\n")
            n += 1
    return n


def lines(path: Path, limit_bytes: int | None = None) -> Iterator[str]:
    read = 0
    with path.open("rb") as f:
        for raw in f:
            read += len(raw)
            yield raw.decode("utf-8")
            if limit_bytes and read >= limit_bytes:
                return


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, fn: object, size: int, docs: int) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    seconds = time.perf_counter() - start
    print(f"  {label:<34} {size / seconds / 1e6:9.1f} MB/s  {docs / seconds:11.0f} docs/s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--slice", type=int, default=4, help="MB for spaCy and re")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.txt"
        n_docs = write_corpus(corpus, args.megabytes)
        size = corpus.stat().st_size
        print(
            f"corpus: {size / 1e6:.0f} MB, {n_docs} documents, four languages, ~1% relevant; one core"
        )
        lex = lexicon().patterns
        hs, aho = HyperscanMatcher(lex), AhoMatcher(lex)

        def floor() -> None:
            for _ in lines(corpus):
                pass

        def triage_hs() -> None:
            # Hyperscan scans the raw bytes, ~256 KB of documents (one per line) per call;
            # only the documents with a match are scored (the rest score 0).
            rest = b""
            with corpus.open("rb") as f:
                while chunk := f.read(256 << 10):  # small enough to stay in cache
                    block = rest + chunk
                    cut = block.rfind(b"\n") + 1  # whole documents only
                    for counts in hs.counts_block(block[:cut]).values():
                        score_counts(counts)
                    rest = block[cut:]
            for counts in hs.counts_block(rest).values():
                score_counts(counts)

        def triage_aho() -> None:
            for doc in lines(corpus):
                score_counts(aho.counts(doc))

        def floor_bytes() -> None:
            with corpus.open("rb") as f:
                for _ in f:
                    pass

        t_floor = timed("read + decode (floor)", floor, size, n_docs)
        timed("read, no decode", floor_bytes, size, n_docs)
        t_hs = timed("triage, Hyperscan (raw bytes)", triage_hs, size, n_docs)
        timed("triage, pyahocorasick (folded)", triage_aho, size, n_docs)
        slice_bytes = args.slice * 1024 * 1024
        slice_docs = sum(1 for _ in lines(corpus, slice_bytes))
        alternation = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(lex, key=len, reverse=True)) + ")"
        )

        def regex() -> None:
            for doc in lines(corpus, slice_bytes):
                sum(1 for _ in alternation.finditer(doc.lower()))

        t_re = timed(f"triage, Python re ({args.slice} MB slice)", regex, slice_bytes, slice_docs)
        try:
            import spacy
            from spacy.matcher import PhraseMatcher

            nlp = spacy.blank("xx")
            pm = PhraseMatcher(nlp.vocab, attr="LOWER")
            pm.add("LEX", [nlp.make_doc(p) for p in lex])

            def spacy_run() -> None:
                for doc in lines(corpus, slice_bytes):
                    pm(nlp.make_doc(doc))

            t_sp = timed(
                f"triage, spaCy PhraseMatcher ({args.slice} MB)", spacy_run, slice_bytes, slice_docs
            )
            print(
                f"  Hyperscan triage is {(t_sp / slice_bytes) / (t_hs / size):.0f}x spaCy's PhraseMatcher and {(t_re / slice_bytes) / (t_hs / size):.0f}x re"
            )
        except ImportError:
            print("  (spaCy not installed: pip install spacy to compare)")
        print(f"  Hyperscan triage is {t_hs / t_floor:.1f}x the read-and-decode floor")

        marks: list[str] = []
        # Warm up: load the language model and the trigger database (compiled once, then
        # cached on disk) so that the timing is of steady-state extraction.
        for text in RELEVANT.values():
            process(Document(text))

        def pipeline() -> None:
            for i, doc in enumerate(lines(corpus)):
                process(Document(doc))
                if i in (n_docs // 4, n_docs // 2):
                    marks.append(f"{rss_mb():.0f}")
            marks.append(f"{rss_mb():.0f}")

        timed("whole pipeline, plain text", pipeline, size, n_docs)
        print(f"  max RSS at 1/4, 1/2, all of the corpus: {' / '.join(marks)} MB")

        html_docs = 5000

        def html_pipeline() -> None:
            for i, doc in enumerate(lines(corpus)):
                if i >= html_docs:
                    return
                page = f"<html><head><title>News</title><script>var x=1;</script></head><body><nav>Home | World | Sport</nav><article><h1>News</h1><p>{doc}</p></article><footer>(c) Daily</footer></body></html>"
                process(Document(page, is_html=True))

        html_bytes = sum(
            len(d.encode()) + 160 for _, d in zip(range(html_docs), lines(corpus), strict=False)
        )
        timed(f"whole pipeline, HTML ({html_docs} pages)", html_pipeline, html_bytes, html_docs)


if __name__ == "__main__":
    main()
