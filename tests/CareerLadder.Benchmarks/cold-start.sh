#!/usr/bin/env bash
# Whole-process cold start: how long a fresh process takes to answer one level lookup from the
# generated catalog, against a process that loads the same ladders with YamlDotNet, both above a hello-world baseline.
#
# For each size (10 and 100 tracks of 10 levels, ScaleLadders as in the benchmarks) the script publishes three
# throwaway console apps, framework-dependent, Release:
#   hello  - prints a line (the runtime's own start-up);
#   app    - the generated catalog of the ladders: CareerLadders.TryGetLevel(code) and print the level;
#   yaml   - YamlLadderLoader.LoadAndFind(dir, code): read every file with YamlDotNet, index the levels, find the code;
# each once as IL (JIT) and once with PublishReadyToRun=true (ahead-of-time code for the app's own assemblies). Then
# it runs them RUNS times each, interleaved (hello, app, yaml, hello, ...), and prints the medians and
#   speed-up = (yaml - hello) / (app - hello): how many times less start-up the catalog adds than YamlDotNet.
# The processes' wall time includes whatever else runs on the machine: on a shared machine compare the ratios of one
# run (measured side by side), not absolute times across runs.
#
# With BASELINE=<another checkout> (for example `git worktree add /tmp/before main`), the same ladders are also compiled
# with that checkout's generator and runtime ("before"), published and run in the same interleaved loop, so a change
# to the generated code is compared with its baseline in one run, under the same load.
#
# With JIT_LIST=<folder>, nothing is timed: each app runs once with the JIT's method list switched on
# (DOTNET_JitStdOutFile + DOTNET_JitDisasmSummary, available in release runtimes since .NET 8), the lists are kept in
# <folder>, and a table counts the methods and IL bytes the catalog app compiles that the hello world does not, by
# owner: App.* (the generated catalog), CareerLadder.* (the runtime library) and everything else (the BCL it pulls in).
# Unlike wall times, these counts are the same on a quiet and on a loaded machine.
#
# Usage: tests/CareerLadder.Benchmarks/cold-start.sh [runs]      (default 21 runs per app)
set -euo pipefail

RUNS="${1:-${RUNS:-21}}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/careerladder-cold-start.XXXXXX")"
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
RID="${RID:-linux-x64}"
YAMLDOTNET_VERSION="$(sed -n 's/.*Include="YamlDotNet" Version="\([^"]*\)".*/\1/p' "$REPO/Directory.Packages.props")"

echo "Building the benchmarks (for --write-ladders)..."
dotnet build "$REPO/tests/CareerLadder.Benchmarks/CareerLadder.Benchmarks.csproj" -c Release -v:q -nologo >/dev/null
BENCH="$REPO/tests/CareerLadder.Benchmarks/bin/Release/net10.0/CareerLadder.Benchmarks.dll"

# The apps live outside the repository: no Directory.Build.props or central package versions apply to them.
echo '<Project />' > "$WORK/Directory.Build.props"
echo '<Project />' > "$WORK/Directory.Build.targets"
echo '<Project />' > "$WORK/Directory.Packages.props"

project() { # $1 = folder, $2 = extra project content
  mkdir -p "$WORK/$1"
  cat > "$WORK/$1/$1.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <InvariantGlobalization>true</InvariantGlobalization>
    <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
  </PropertyGroup>
$2
</Project>
EOF
}

project Hello ''
echo 'System.Console.WriteLine("hello");' > "$WORK/Hello/Program.cs"

project Yaml "  <ItemGroup>
    <PackageReference Include=\"YamlDotNet\" Version=\"$YAMLDOTNET_VERSION\" />
    <Compile Include=\"$REPO/tests/CareerLadder.Benchmarks/YamlLadderLoader.cs\" />
  </ItemGroup>"
echo 'System.Console.WriteLine(CareerLadder.Benchmarks.YamlLadderLoader.LoadAndFind(args[0], args[1]));' > "$WORK/Yaml/Program.cs"

catalog_app() { # $1 = project, $2 = ladders folder, $3 = checkout whose generator and runtime compile it
  project "$1" "  <Import Project=\"$3/src/CareerLadder/build/CareerLadder.props\" />
  <PropertyGroup>
    <RootNamespace>App</RootNamespace>
    <CareerLadderFiles>$2/*.yaml</CareerLadderFiles>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include=\"$3/src/CareerLadder/CareerLadder.csproj\" />
    <ProjectReference Include=\"$3/src/CareerLadder.Generator/CareerLadder.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />
  </ItemGroup>"
  echo 'System.Console.WriteLine(App.Ladders.CareerLadders.TryGetLevel(args[0], out var level) ? level.ToString() : "not found");' > "$WORK/$1/Program.cs"
}

SIZES="${SIZES:-10 100}"
BASELINE="${BASELINE:-}"
for N in $SIZES; do
  mkdir -p "$WORK/ladders-$N"
  dotnet "$BENCH" --write-ladders "$N" "$WORK/ladders-$N"
  catalog_app "App$N" "$WORK/ladders-$N" "$REPO"
  if [ -n "$BASELINE" ]; then catalog_app "Before$N" "$WORK/ladders-$N" "$BASELINE"; fi
done

publish() { # $1 = project, $2 = jit|r2r
  local extra=()
  if [ "$2" = r2r ]; then extra=(-r "$RID" --self-contained false -p:PublishReadyToRun=true); fi
  dotnet publish "$WORK/$1/$1.csproj" -c Release -nologo -v:q -o "$WORK/out/$1-$2" "${extra[@]}" >/dev/null
}

MODES="${MODES:-jit r2r}"
echo "Publishing (modes: $MODES)..."
for MODE in $MODES; do
  publish Hello "$MODE"
  if [ -z "${JIT_LIST:-}" ]; then publish Yaml "$MODE"; fi
  for N in $SIZES; do
    publish "App$N" "$MODE"
    if [ -n "$BASELINE" ]; then publish "Before$N" "$MODE"; fi
  done
done

run() { # prints the wall time of one process in microseconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  echo $(((end - start) / 1000))
}

# Prints "methods IL-bytes" for the JIT list $1, only the methods not in the list $2, optionally only those whose
# name starts with $3 (a regular expression).
jit_count() {
  awk -v owner="${3:-}" '
    FILENAME == ARGV[1] { if (match($0, /JIT compiled [^[]*/)) seen[substr($0, RSTART, RLENGTH)] = 1; next }
    match($0, /JIT compiled [^[]*/) {
      name = substr($0, RSTART, RLENGTH)
      if (name in seen) next
      method = substr(name, 14)
      if (owner == "other" ? (method ~ /^(App|CareerLadder)[.]/) : (owner != "" && method !~ ("^" owner))) next
      match($0, /IL size=[0-9]+/); il += substr($0, RSTART + 8, RLENGTH - 8); n++
    }
    END { printf "%d %d", n, il }' "$2" "$1"
}

jit_list() { # $1 = label, $2 = app folder, $3 = dll, then the app's arguments
  local label="$1" out="$JIT_LIST/$1.txt"; shift
  local dll="$1/$2"; shift 2
  rm -f "$out"
  DOTNET_JitStdOutFile="$out" DOTNET_JitDisasmSummary=1 dotnet "$dll" "$@" >/dev/null
  echo "$out"
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

if [ -n "${JIT_LIST:-}" ]; then
  mkdir -p "$JIT_LIST"
  echo
  echo "Methods the JIT compiles for one lookup + Level.ToString(), beyond the hello world's (methods / IL bytes); lists in $JIT_LIST"
  echo "| Tracks | Code | hello | app, all | app - hello | App.* (generated) | CareerLadder.* (runtime) | BCL and other |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|"
  for MODE in $MODES; do
    HELLO_LIST=$(jit_list "hello-$MODE" "$WORK/out/Hello-$MODE" Hello.dll)
    for N in $SIZES; do
      CODE="$(ls "$WORK/ladders-$N" | grep track- | sort | tail -n 1 | sed 's/track-\(.*\)\.yaml/\1/')10"
      for APP in ${BASELINE:+Before} App; do
        LIST=$(jit_list "$APP$N-$MODE" "$WORK/out/$APP$N-$MODE" "$APP$N.dll" "$CODE")
        cell() { jit_count "$LIST" "$1" "${2:-}" | awk '{ printf "%d / %d", $1, $2 }'; }
        LABEL="$MODE"
        if [ -n "$BASELINE" ]; then LABEL="$MODE, $([ "$APP" = Before ] && echo before || echo after)"; fi
        echo "| $N | $LABEL | $(jit_count "$HELLO_LIST" /dev/null | awk '{ printf "%d / %d", $1, $2 }') | $(cell /dev/null) |" \
          "$(cell "$HELLO_LIST") | $(cell "$HELLO_LIST" 'App[.]') | $(cell "$HELLO_LIST" 'CareerLadder[.]') | $(cell "$HELLO_LIST" other) |"
      done
    done
  done
  exit 0
fi

echo
echo "Cold start, whole processes, median of $RUNS runs each, interleaved; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| Tracks | Code | hello | app (catalog) | yaml (YamlDotNet) | app - hello | yaml - hello | (yaml - hello) / (app - hello) |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|"
for MODE in $MODES; do
  for N in $SIZES; do
    CODE="$(ls "$WORK/ladders-$N" | grep track- | sort | tail -n 1 | sed 's/track-\(.*\)\.yaml/\1/')10"
    # Check the answers once: both must find the code.
    dotnet "$WORK/out/App$N-$MODE/App$N.dll" "$CODE" | grep -q "^${CODE^^} - " || { echo "error: app$N did not find $CODE" >&2; exit 1; }
    if [ -n "$BASELINE" ]; then
      dotnet "$WORK/out/Before$N-$MODE/Before$N.dll" "$CODE" | grep -q "^${CODE^^} - " || { echo "error: before$N did not find $CODE" >&2; exit 1; }
    fi
    dotnet "$WORK/out/Yaml-$MODE/Yaml.dll" "$WORK/ladders-$N" "$CODE" >/dev/null
    HELLO=(); APP=(); YAML=(); BEFORE=()
    for ((i = 1; i <= RUNS; i++)); do
      HELLO+=("$(run dotnet "$WORK/out/Hello-$MODE/Hello.dll")")
      APP+=("$(run dotnet "$WORK/out/App$N-$MODE/App$N.dll" "$CODE")")
      if [ -n "$BASELINE" ]; then BEFORE+=("$(run dotnet "$WORK/out/Before$N-$MODE/Before$N.dll" "$CODE")"); fi
      YAML+=("$(run dotnet "$WORK/out/Yaml-$MODE/Yaml.dll" "$WORK/ladders-$N" "$CODE")")
    done
    H=$(printf '%s\n' "${HELLO[@]}" | median)
    Y=$(printf '%s\n' "${YAML[@]}" | median)
    row() { # $1 = label, $2 = median of the catalog app
      awk -v n="$N" -v m="$MODE$1" -v h="$H" -v a="$2" -v y="$Y" 'BEGIN {
        printf "| %d | %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s |\n", n, m,
          h / 1000, a / 1000, y / 1000, (a - h) / 1000, (y - h) / 1000, (a > h ? sprintf("%.1fx", (y - h) / (a - h)) : "app <= hello (noise)") }'
    }
    LABEL=$([ "$MODE" = r2r ] && echo ReadyToRun || echo JIT)
    if [ -n "$BASELINE" ]; then
      row "" "$(printf '%s\n' "${BEFORE[@]}" | median)" | sed "s/| $MODE |/| $LABEL, before |/"
      row "" "$(printf '%s\n' "${APP[@]}" | median)" | sed "s/| $MODE |/| $LABEL, after |/"
    else
      row "" "$(printf '%s\n' "${APP[@]}" | median)" | sed "s/| $MODE |/| $LABEL |/"
    fi
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
