#!/usr/bin/env bash
# Whole-process benchmark of kg at two corpus sizes (issue #7, item 4).
#
# Builds kg in Release, turns CoNLL-2003 into a one-copy corpus (~1,160 articles) and an N-copy corpus (default ten
# copies, each article made unique), ingests each into a fresh database, exports the large graph as GraphML, and adds
# one new article to the large database. Every step runs as its own process under `/usr/bin/time -v`, so the figures
# include start-up, model loading and SQLite, as a user would see them. Prints a markdown table.
#
# Usage (from anywhere; paths are resolved against the repository):
#   tools/scale-corpus/bench.sh [--work DIR] [--copies N] [--renamed] [--artifacts DIR] [--time-limit SECONDS]
#                               [--keep] [--skip-build] [-- CONLL_FILE...]
#
#   --work DIR            where corpora, databases and logs go (kept afterwards). Default: a new temporary folder,
#                         removed at the end unless --keep is given.
#   --copies N            size of the large corpus in copies of the small one (default 10).
#   --renamed             make copies 2..N of the large corpus different stories: every name replaced by a new one
#                         (make_corpus.py --renamed), so the large corpus has N times as many distinct entities.
#                         Default: copies identical but for a closing archive line (their names are all known).
#   --artifacts DIR       dotnet --artifacts-path for the Release build (default /tmp/art-scale).
#   --time-limit SECONDS  stop the large ingest after this long and report how far it got (default: no limit).
#   --skip-build          use the kg.dll already in --artifacts.
#   -- CONLL_FILE...      CoNLL files to build the corpora from (default: ../shared/data/conll2003/eng.train, eng.testa).
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/../.." && pwd)

work=""
copies=10
artifacts=/tmp/art-scale
time_limit=0
keep=0
build=1
renamed=0
conll=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --work) work=$2; keep=1; shift 2 ;;
    --copies) copies=$2; shift 2 ;;
    --artifacts) artifacts=$2; shift 2 ;;
    --time-limit) time_limit=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --skip-build) build=0; shift ;;
    --) shift; conll=("$@"); break ;;
    --renamed) renamed=1; shift ;;
    -h|--help) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown argument: $1 (see --help)" >&2; exit 1 ;;
  esac
done
if ! [[ $copies =~ ^[0-9]+$ && $copies -ge 2 ]]; then
  echo "bench.sh: --copies must be a whole number of at least 2" >&2
  exit 1
fi
if ! [[ $time_limit =~ ^[0-9]+$ ]]; then
  echo "bench.sh: --time-limit must be a whole number of seconds" >&2
  exit 1
fi

for tool in dotnet python3 awk; do
  command -v "$tool" > /dev/null || { echo "bench.sh: $tool is not installed" >&2; exit 1; }
done

if [[ -z $work ]]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/kg-scale.XXXXXX")
fi
mkdir -p "$work"
work=$(cd "$work" && pwd)
if [[ $keep -eq 0 ]]; then
  trap 'rm -rf "$work"' EXIT
fi
logs=$work/logs
mkdir -p "$logs"

# GNU time gives peak RSS and wall time. Where it is not installed (it is not part of a minimal system), a few lines
# of Python read the same two figures from wait4(), so the script needs nothing beyond dotnet and python3.
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true > /dev/null 2>&1; then
  measurer="GNU time (/usr/bin/time -v)"
else
  measurer="python3 os.wait4 (GNU time is not installed)"
fi

# timed NAME COMMAND...: runs COMMAND with its standard output in logs/NAME.out and standard error in logs/NAME.err,
# writes the measurement to logs/NAME.time and returns COMMAND's exit code.
timed() {
  local name=$1
  shift
  local status=0
  if [[ $measurer == GNU* ]]; then
    /usr/bin/time -v -o "$logs/$name.time" "$@" > "$logs/$name.out" 2> "$logs/$name.err" || status=$?
  else
    python3 - "$logs/$name.time" "$@" > "$logs/$name.out" 2> "$logs/$name.err" << 'PY' || status=$?
import os, sys, time
report, command = sys.argv[1], sys.argv[2:]
start = time.monotonic()
child = os.fork()
if child == 0:
    os.execvp(command[0], command)
_, status, usage = os.wait4(child, 0)
wall = time.monotonic() - start
with open(report, "w") as out:
    out.write(f"\tElapsed (wall clock) time (h:mm:ss or m:ss): {int(wall // 60)}:{wall % 60:05.2f}\n")
    out.write(f"\tMaximum resident set size (kbytes): {usage.ru_maxrss}\n")
sys.exit(os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
PY
  fi
  return $status
}

# Seconds of wall time and MiB of peak RSS from a logs/NAME.time file.
wall_of() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$logs/$1.time"
}
rss_of() {
  awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$logs/$1.time"
}
summary_value() { # summary_value FILE KEY: a "key: value" line of make_corpus.py's summary
  awk -F': ' -v key="$2" '$1 == key { print $2 }' "$1"
}
ingested_of() { # new documents from kg ingest's summary line
  sed -n 's/.*Ingested \([0-9][0-9]*\) new document.*/\1/p' "$logs/$1.out" | head -n 1
}
entity_counts() { # entity_counts DB1 DB2: "person 1234 / 12345, place ..." from the entities table of both
  python3 - "$1" "$2" << 'PY'
import sqlite3, sys
counts = []
for path in sys.argv[1:]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        counts.append(dict(db.execute("select kind, count(*) from entities group by kind")))
kinds = sorted(set(counts[0]) | set(counts[1]))
parts = [f"{kind} {counts[0].get(kind, 0)} / {counts[1].get(kind, 0)}" for kind in kinds]
parts.append(f"all {sum(counts[0].values())} / {sum(counts[1].values())}")
print(", ".join(parts))
PY
}
rate() { awk -v t="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", t / s; else print "n/a" }'; }

cd "$repo"
echo "kg scale benchmark: work folder $work" >&2
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2> /dev/null || echo unknown CPU)," \
  "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2> /dev/null || echo '? GiB') RAM;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null || echo n/a)" >&2
echo "dotnet $(dotnet --version); measured with $measurer" >&2

kg_dll=$artifacts/bin/KnowledgeGraph.Cli/release/kg.dll
if [[ $build -eq 1 ]]; then
  echo "building kg (Release) into $artifacts ..." >&2
  dotnet build src/KnowledgeGraph.Cli -c Release --artifacts-path "$artifacts" -nologo -v quiet > "$logs/build.log" 2>&1 \
    || { cat "$logs/build.log" >&2; echo "bench.sh: the build failed" >&2; exit 1; }
fi
[[ -f $kg_dll ]] || { echo "bench.sh: $kg_dll not found (build first or drop --skip-build)" >&2; exit 1; }
kg=(dotnet "$kg_dll")

# The large corpus: copies that repeat every story (the default) or copies whose names are all new (--renamed).
if [[ $renamed -eq 1 ]]; then
  large_corpus=$work/corpus-${copies}x-renamed
  rename_option=(--renamed)
  large_kind="renamed copies"
  large_description="copies 2..$copies of every story have new names for all their entities (make_corpus.py --renamed)"
else
  large_corpus=$work/corpus-${copies}x
  rename_option=()
  large_kind=""
  large_description="copies 2..$copies repeat every story, with a closing archive line that makes each text unique"
fi

echo "making the corpora ..." >&2
rm -rf "$work/corpus-1x" "$large_corpus"
python3 "$script_dir/make_corpus.py" --out "$work/corpus-1x" ${conll[@]+"${conll[@]}"} > "$logs/corpus-1x.summary"
python3 "$script_dir/make_corpus.py" --out "$large_corpus" --copies "$copies" \
  ${rename_option[@]+"${rename_option[@]}"} ${conll[@]+"${conll[@]}"} > "$logs/corpus-${copies}x.summary"
small_tokens=$(summary_value "$logs/corpus-1x.summary" "tokens written")
large_tokens=$(summary_value "$logs/corpus-${copies}x.summary" "tokens written")
large_files=$(summary_value "$logs/corpus-${copies}x.summary" "files written")

# Fresh databases every run: an article already stored would be skipped and the run would time nothing.
rm -rf "$work/db-1x" "$work/db-${copies}x" "$work/graph-${copies}x.graphml"
mkdir -p "$work/db-1x" "$work/db-${copies}x"
small_db=$work/db-1x/kg.db
large_db=$work/db-${copies}x/kg.db

check_ingest() { # kg ingest exits 2 when it skipped some input; the figures stand, but say so
  local name=$1 status=$2
  if [[ $status -eq 2 ]]; then
    echo "warning: $name skipped some input; see $logs/$name.err" >&2
  elif [[ $status -ne 0 ]]; then
    tail -n 20 "$logs/$name.err" >&2
    echo "bench.sh: $name failed with exit code $status" >&2
    exit 1
  fi
}

echo "ingesting the 1x corpus ..." >&2
status=0
timed ingest-1x "${kg[@]}" ingest "$work/corpus-1x" --db "$small_db" || status=$?
check_ingest ingest-1x $status

echo "ingesting the ${copies}x corpus (progress every few seconds in $logs/ingest-${copies}x.err) ..." >&2
status=0
if [[ $time_limit -gt 0 ]]; then
  timed "ingest-${copies}x" timeout --signal=TERM "$time_limit" "${kg[@]}" ingest "$large_corpus" --db "$large_db" || status=$?
else
  timed "ingest-${copies}x" "${kg[@]}" ingest "$large_corpus" --db "$large_db" || status=$?
fi
stopped=0
if [[ $time_limit -gt 0 && $status -eq 124 ]]; then
  stopped=1
else
  check_ingest "ingest-${copies}x" $status
fi

if [[ $stopped -eq 0 ]]; then
  echo "exporting the ${copies}x graph as GraphML ..." >&2
  timed "export-${copies}x" "${kg[@]}" export --db "$large_db" --format graphml --output "$work/graph-${copies}x.graphml" \
    || { tail -n 20 "$logs/export-${copies}x.err" >&2; echo "bench.sh: the export failed" >&2; exit 1; }

  echo "adding one new article to the ${copies}x database ..." >&2
  mkdir -p "$work/new-article"
  cp "$script_dir/new-article.txt" "$work/new-article/"
  status=0
  timed add-one "${kg[@]}" ingest "$work/new-article/new-article.txt" --db "$large_db" || status=$?
  check_ingest add-one $status
  if [[ $(ingested_of add-one) != 1 ]]; then
    echo "bench.sh: adding the new article stored $(ingested_of add-one) documents, expected 1" >&2
    exit 1
  fi
fi

row() { # row LABEL ARTICLES TOKENS NAME
  local wall rss
  wall=$(wall_of "$4")
  rss=$(rss_of "$4")
  if [[ $3 == "—" ]]; then
    printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$wall" "—" "$rss"
  else
    printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$wall" "$(rate "$3" "$wall")" "$rss"
  fi
}

echo
echo "kg at scale, $(date -u +%Y-%m-%d), commit $(git -C "$repo" rev-parse --short HEAD 2> /dev/null || echo unknown)," \
  "$(nproc) cores; whole process, measured with $measurer"
echo
echo "Large corpus: $copies copies of every story; $large_description."
echo
echo "| step | articles | tokens | wall (s) | tokens/s | peak RSS (MiB) |"
echo "|---|---:|---:|---:|---:|---:|"
row "ingest 1x corpus" "$(ingested_of ingest-1x)" "$small_tokens" ingest-1x
if [[ $stopped -eq 1 ]]; then
  progress=$(grep -E '^kg: [0-9]+/[0-9]+ files' "$logs/ingest-${copies}x.err" | tail -n 1 || true)
  done_files=$(sed -n 's#^kg: \([0-9]*/[0-9]*\) files.*#\1#p' <<< "$progress")
  echo "| ingest ${copies}x corpus${large_kind:+ ($large_kind)} (stopped at the time limit) | ${done_files:-?} files | of $large_tokens | > $time_limit | — |" \
    "$(rss_of "ingest-${copies}x") |"
  echo
  echo "The ${copies}x ingest was stopped after $time_limit s; its last progress line: ${progress:-none}"
else
  row "ingest ${copies}x corpus${large_kind:+ ($large_kind)}" "$(ingested_of "ingest-${copies}x")" "$large_tokens" "ingest-${copies}x"
  row "export ${copies}x graph (GraphML, $(du -k "$work/graph-${copies}x.graphml" | awk '{ printf "%.0f MiB", $1 / 1024 }'))" \
    "$large_files" "—" "export-${copies}x"
  row "add one article to the ${copies}x database" 1 "—" add-one
  echo
  ratio=$(awk -v a="$(wall_of "ingest-${copies}x")" -v b="$(wall_of ingest-1x)" 'BEGIN { printf "%.2f", a / b }')
  echo "wall(${copies}x) / wall(1x) = $ratio (linear growth would be ${copies})"
  echo
  echo "entities by kind (1x database / ${copies}x database): $(entity_counts "$small_db" "$large_db")"
  echo
  grep -h '^Wrote ' "$logs/export-${copies}x.err" || true
fi
echo
echo "logs: $logs$([[ $keep -eq 0 ]] && echo ' (removed on exit; use --keep or --work DIR to keep them)')"
