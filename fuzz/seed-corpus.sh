#!/usr/bin/env bash
# Seed the fuzz corpus with every fixture page and a few small hostile inputs, then fuzz.
#
#   fuzz/seed-corpus.sh                       # fills fuzz/corpus/extract_bytes/
#   cargo +nightly fuzz run extract_bytes -- -max_total_time=300 -timeout=10 -rss_limit_mb=2048 \
#       -dict=fuzz/html.dict
#
# (from the crate root; `cargo install cargo-fuzz` once). A crash or timeout is saved under
# fuzz/artifacts/extract_bytes/; reproduce it with
#   cargo +nightly fuzz run extract_bytes fuzz/artifacts/extract_bytes/<file>
# and turn it into a regression test in tests/hostile.rs (inline bytes or a generator).
set -euo pipefail
cd "$(dirname "$0")"
corpus=corpus/extract_bytes
mkdir -p "$corpus"
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
echo "seeded $(ls "$corpus" | wc -l) files into fuzz/$corpus"
