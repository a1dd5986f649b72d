#!/usr/bin/env bash
# Compare SeedGen's extractor with the peer (compromise + chrono-node) on one set.
# usage: [REPEAT=N] bash bench/peer/compare.sh [SET_DIR]
#   SET_DIR: a set folder (INDEX.md + documents, gold/ optional). Default: the shared dev
#            set ../shared/eval/dev beside the repo when it exists, else the repo's own
#            seeds/ folder (no gold there: only timings), so the repo stands alone.
#   REPEAT (environment): how many times the throughput corpus repeats the set's texts (default 20).
# Prints the scorer's officials and events lines for both, a date-only comparison
# (date_score.py), and timings. Predictions and the corpus go to a temporary folder.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
if [[ -n "${1:-}" ]]; then SET="$(cd "$1" && pwd)"
elif [[ -d "$ROOT/../shared/eval/dev" ]]; then SET="$(cd "$ROOT/../shared/eval/dev" && pwd)"
else SET="$ROOT/seeds"; fi
REPEAT="${REPEAT:-20}"
# The scorer: beside the set (shared/eval/score.py for shared/eval/dev), else ../shared/eval.
SCORE="$SET/../score.py"; [[ -f "$SCORE" ]] || SCORE="$ROOT/../shared/eval/score.py"
TMP="$(mktemp -d)"
echo "set: $SET   (outputs in $TMP)"

now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }

# The peer's packages, exactly as locked.
[[ -d "$HERE/node_modules" ]] || (cd "$HERE" && npm ci --no-audit --no-fund >/dev/null)

# SeedGen's CLI, built once (Release) so the timings below exclude the build; this is the
# same program as `dotnet run --project src/SeedGen.Cli -- extract`. Others may be editing
# src/: a failed build is retried.
for try in 1 2 3 4 5; do
  if dotnet build "$ROOT/src/SeedGen.Cli" -c Release -o "$TMP/seedgen" >"$TMP/build.log" 2>&1; then break; fi
  [[ $try == 5 ]] && { tail -20 "$TMP/build.log"; echo "SeedGen build failed" >&2; exit 1; }
  echo "SeedGen build failed (try $try), retrying in 30 s" >&2; sleep 30
done
# Its diagnostics (stderr) go to $TMP/seedgen.err.
seedgen() { dotnet "$TMP/seedgen/SeedGen.Cli.dll" extract "$1/INDEX.md" 2>"$TMP/seedgen.err"; }
peer() { node "$HERE/peer.js" "$1"; }

echo "== quality on $(basename "$SET")"
t0=$(now); peer "$SET" >"$TMP/peer.json" 2>"$TMP/peer.err"; t1=$(now)
seedgen "$SET" >"$TMP/seedgen.json"; t2=$(now)
if [[ -d "$SET/gold" && -f "$SCORE" ]]; then
  for sys in peer seedgen; do
    python3 "$SCORE" "$SET" "$TMP/$sys.json" | grep -E '^(officials|events) ' | sed "s/^/$(printf '%-8s' $sys) /"
  done
  echo "(peer: role/country/place do not apply; its events carry only dates, so they rarely match as events)"
  for sys in peer seedgen; do
    python3 "$HERE/date_score.py" "$SET" "$TMP/$sys.json" | sed "s/^/$(printf '%-8s' $sys) /"
  done
else
  echo "(no gold/ in $SET or no score.py at $SCORE: timings only)"
fi

echo "== speed"
# Corpus: every document of the set listed REPEAT times under new names, same Published.
python3 - "$SET" "$TMP/corpus" "$REPEAT" <<'EOF'
import os, re, shutil, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(dst)
lines = [l.strip() for l in open(os.path.join(src, "INDEX.md"), encoding="utf-8") if l.strip().startswith("|")]
header = [c.strip().lower() for c in lines[0].strip("|").split("|")]
rows = [dict(zip(header, [c.strip() for c in l.strip("|").split("|")])) for l in lines[1:]
        if not all(re.fullmatch(r":?-+:?", c.strip()) for c in l.strip("|").split("|"))]
out = ["| File | Published |", "|---|---|"]
for r in range(n):
    for row in rows:
        name = f"r{r:02d}_" + row["file"].replace("/", "_")
        shutil.copyfile(os.path.join(src, row["file"]), os.path.join(dst, name))
        out.append(f"| {name} | {row.get('published', '')} |")
open(os.path.join(dst, "INDEX.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
EOF
set_bytes=$(python3 -c "
import os, sys; d = sys.argv[1]
print(sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d) if f != 'INDEX.md'))" "$TMP/corpus")
echo "set $(basename "$SET"): peer wall $(secs "$t0" "$t1") s ($(sed 's/^peer: //' "$TMP/peer.err")); seedgen wall $(secs "$t1" "$t2") s"
echo "corpus: set texts x $REPEAT = $(ls "$TMP/corpus" | grep -vc '^INDEX.md$') documents, $set_bytes bytes"
for run in 1 2 3; do
  t0=$(now); peer "$TMP/corpus" >/dev/null 2>"$TMP/peer.err"; t1=$(now)
  echo "peer    run $run: wall $(secs "$t0" "$t1") s; $(sed 's/^peer: //' "$TMP/peer.err")"
done
for run in 1 2 3; do
  t0=$(now); seedgen "$TMP/corpus" >/dev/null; t1=$(now)
  w=$(secs "$t0" "$t1")
  echo "seedgen run $run: wall $w s (includes .NET start-up) = $(python3 -c "import sys; print(f'{int(sys.argv[1])/1e6/float(sys.argv[2]):.3f}')" "$set_bytes" "$w") MB/s by wall time"
done
