#!/usr/bin/env bash
# Seed the fuzz corpora: every fixture page and a few small hostile inputs for the whole-page
# targets, the JSON-LD and __NEXT_DATA__ blocks of the fixtures and of the evaluation corpus (when
# ../shared/corpus is there) for the structured-data targets, hand-made lines for `byline`, and
# the fixtures behind a charset selector for `decode`. See fuzz/README.md for the targets.
#
#   fuzz/seed-corpus.sh                       # fills fuzz/corpus/<target>/
#   nice -n 19 cargo +nightly fuzz run extract_bytes fuzz/corpus/extract_bytes -- \
#       -max_total_time=600 -timeout=5 -rss_limit_mb=2048 -max_len=262144 -dict=fuzz/html.dict
#
# (from the crate root; `cargo install cargo-fuzz` once). A crash or timeout is saved under
# fuzz/artifacts/<target>/; reproduce it with
#   cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>
# and turn it into a regression test in tests/hostile.rs (inline bytes or a generator).
set -euo pipefail
cd "$(dirname "$0")"
corpus=corpus/extract_bytes
mkdir -p "$corpus" corpus/explain corpus/extract_default corpus/json_ld corpus/next_data corpus/byline corpus/decode
for page in ../tests/fixtures/*/page.html; do
  [ -f "$page" ] || continue
  cp "$page" "$corpus/fixture-$(basename "$(dirname "$page")").html"
done
# Small structural seeds: nesting, broken tokens, structured data, encodings.
printf '%s' '<div><div><div><p>x</p></div></div></div>' > "$corpus/seed-nest.html"
printf '%s' '<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>' > "$corpus/seed-table.html"
printf '%s' '<!-- a <title>x</title> --><title>T</title><p>b</p><!-' > "$corpus/seed-comment.html"
printf '%s' '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"A B"}],"datePublished":"2024-05-01T10:00:00Z"}</script><article><p>Body text here.</p></article>' > "$corpus/seed-jsonld.html"
printf '%s' '<meta charset="windows-1251"><p>caf&#xE9; &#0; &#xD800; &amp</p>' > "$corpus/seed-charset.html"
printf '%s' '<svg><path d="M0 0"/><foreignObject><p>x</p></foreignObject></svg><math><mi>x</mi></math>' > "$corpus/seed-foreign.html"
printf '%s' '<p>By <a rel="author" href="/a">Ana Ruiz</a>, Edited by Tom Lee</p><time datetime="2024-01-02">x</time>' > "$corpus/seed-credits.html"
cp "$corpus"/* corpus/extract_default/
cp "$corpus"/* corpus/explain/
# The decode target reads two selector bytes first (transport charset, declaration).
for f in "$corpus"/seed-* "$corpus"/fixture-*; do
  printf '\x02\x01' | cat - "$f" > "corpus/decode/$(basename "$f")"
done
# Structured-data blocks of the fixtures and of the evaluation corpus.
python3 - <<'PY'
import glob, gzip, hashlib, re
LD = re.compile(rb'<script[^>]*application/ld\+json[^>]*>(.*?)</script>', re.S | re.I)
ND = re.compile(rb'<script[^>]*id="__NEXT_DATA__"[^>]*>(.*?)</script>', re.S | re.I)
pages = glob.glob('../tests/fixtures/*/page.html') + glob.glob('../../shared/corpus/*/*.html.gz')
for path in pages:
    data = (gzip.open if path.endswith('.gz') else open)(path, 'rb').read()
    for pattern, target in ((LD, 'json_ld'), (ND, 'next_data')):
        for block in pattern.findall(data):
            if 10 < len(block) < 262144:
                name = hashlib.sha1(block).hexdigest()[:16]
                open(f'corpus/{target}/{name}', 'wb').write(block)
PY
printf '%s' '{"props":{"pageProps":{"article":{"headline":"Floods close schools","publishedAt":"2024-05-01T10:00:00Z","updatedAt":1714557600000,"authors":[{"name":"Ana Ruiz"},{"firstName":"Tom","lastName":"Lee"}],"byline":"By Ana Ruiz and Tom Lee"}}},"buildId":"x"}' > corpus/next_data/seed-article
printf '%s' '{"props":{"pageProps":{"data":{"story":{"title":"Floods close schools","date":{"published":"2024-05-01","updated":"2024-05-02"},"writers":["Ana Ruiz"]},"related":[{"title":"Other","publishedAt":"2020-01-01"}]}}}}' > corpus/next_data/seed-nested
# Byline lines: the first byte of each line picks its element (see fuzz_targets/byline.rs).
printf 'aBy Ana Ruiz and Tom Lee\nePublished May 1, 2024, 10:45 a.m. ET\nfUpdated 3 hours ago\n' > corpus/byline/s1
printf 'bVon Anna Müller, Berlin\nd14.03.2026, 10:45 Uhr\n' > corpus/byline/s2
printf 'pPar Jean Dupont\nppublié le 1 mai 2024 à 10h45, mis à jour le 2 mai\ncPhotos: Ana Ruiz / Reuters\n' > corpus/byline/s3
printf 'aWritten by Jane Doe | Edited by Tom Lee\n\x00jane@example.com @jane\nlReporting by Ana Ruiz; Editing by Ali Musa\n' > corpus/byline/s4
printf 'xبقلم أحمد علي\nx2024年5月1日 10:45\nxΤου Γιώργου Νικολάου\n' > corpus/byline/s5
for t in extract_bytes extract_default explain json_ld next_data byline decode; do
  echo "fuzz/corpus/$t: $(ls "corpus/$t" | wc -l) files"
done
