#!/usr/bin/env python3
"""Run other open extractors over the labelled corpus, so that the evaluate example scores them
with newsprint's own metrics (`--peer DIR`) instead of quoting figures measured elsewhere.

    python3 -m venv /tmp/peers && /tmp/peers/bin/pip install trafilatura readability-lxml newspaper4k goose3
    /tmp/peers/bin/python scripts/peers.py ../shared/corpus /tmp/peers-out [PEER ...]
    cargo run --release --example evaluate -- ../shared/corpus --peer /tmp/peers-out/trafilatura

Writes OUT/<peer>/<set>/<id>.json with `text`, `title`, `authors`, `source`, `published`,
`language` (whatever the peer returns) and `secs`, the peer's own time for the page. Peers are
run with their default settings. Not part of the tests or CI (it needs PyPI packages).
"""
import gzip
import json
import sys
import time
from pathlib import Path

# The one page passed as text: it declares gb2312 but is stored as UTF-8 (corpus README).
TEXT_PAGES = {"qq"}

# Elements that end a line when a peer's HTML output is turned into text.
BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "blockquote",
          "pre", "figure", "figcaption", "table", "ul", "ol", "dd", "dt", "section", "article"}


def html_to_text(html):
    """Plain text of an HTML fragment, one line per block element."""
    import lxml.html
    if not html:
        return ""
    root = lxml.html.fromstring(html)
    parts = []
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCKS:
            parts.append("\n")
        if el.text and isinstance(el.tag, str) and el.tag.lower() not in ("script", "style"):
            parts.append(el.text)
        if el.tail:
            parts.append(el.tail)
    return "\n".join(line.strip() for line in "".join(parts).split("\n") if line.strip())


def run_trafilatura(page, url):
    import trafilatura
    doc = trafilatura.bare_extraction(page, url=url or None, with_metadata=True)
    if doc is None:
        return {"text": ""}
    d = doc.as_dict() if hasattr(doc, "as_dict") else doc
    authors = [a.strip() for a in (d.get("author") or "").split(";") if a.strip()]
    return {"text": d.get("text") or "", "title": d.get("title"), "authors": authors,
            "source": d.get("sitename"), "published": d.get("date"),
            "language": d.get("language")}


def run_readability(page, url):
    from readability import Document
    doc = Document(page, url=url or None)
    return {"text": html_to_text(doc.summary(html_partial=True)), "title": doc.short_title()}


def run_newspaper(page, url):
    import newspaper
    # No image downloads: the run must not touch the network.
    art = newspaper.Article(url or "http://example.com/", fetch_images=False)
    art.download(input_html=page)
    art.parse()
    date = art.publish_date.isoformat() if art.publish_date else None
    return {"text": art.text or "", "title": art.title, "authors": list(art.authors),
            "source": art.meta_site_name or None, "published": date,
            "language": art.meta_lang or None}


def run_goose(page, url):
    from goose3 import Goose
    # No image downloads: the run must not touch the network.
    with Goose({"enable_image_fetching": False}) as g:
        art = g.extract(raw_html=page, url=url or None)
    date = art.publish_datetime_utc.isoformat() if art.publish_datetime_utc else None
    return {"text": art.cleaned_text or "", "title": art.title, "authors": list(art.authors),
            "source": art.opengraph.get("site_name"), "published": date,
            "language": art.meta_lang or None}


PEERS = {"trafilatura": run_trafilatura, "readability-lxml": run_readability,
         "newspaper4k": run_newspaper, "goose3": run_goose}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
    peers = sys.argv[3:] or list(PEERS)
    for set_dir in sorted(p for p in corpus.iterdir() if (p / "truth.jsonl").exists()):
        truths = [json.loads(line) for line in open(set_dir / "truth.jsonl", encoding="utf-8")]
        for truth in truths:
            raw = gzip.decompress((set_dir / f"{truth['id']}.html.gz").read_bytes())
            page = raw.decode("utf-8", "replace") if truth["id"] in TEXT_PAGES else raw
            for name in peers:
                target = out / name / set_dir.name / f"{truth['id']}.json"
                if target.exists():
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                # newspaper4k and goose3 want text; give them the same decoding trafilatura does.
                arg = page
                if name in ("newspaper4k", "goose3") and isinstance(page, bytes):
                    from trafilatura.utils import decode_file
                    arg = decode_file(page)
                start = time.perf_counter()
                try:
                    result = PEERS[name](arg, truth.get("url"))
                except Exception as e:  # a peer's crash is that page's error
                    print(f"{name} {set_dir.name}/{truth['id']}: {e!r}", file=sys.stderr)
                    continue
                result["secs"] = time.perf_counter() - start
                target.write_text(json.dumps(result, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
