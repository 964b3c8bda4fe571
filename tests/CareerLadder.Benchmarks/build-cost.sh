#!/usr/bin/env bash
# Consumer build cost of the CareerLadder generator (target: <= 5% overhead).
#
# Builds a minimal throwaway consumer (one framework file, one track file of 4 levels, a Program.cs that does not use the
# generated code) with and without the generator, the way the NuGet package wires it (the runtime library as a
# reference, the generator, CareerLadder.Authoring and YamlDotNet as analyzers, build/CareerLadder.props for
# the AdditionalFiles). Each measured build is `dotnet build --no-restore --no-dependencies --no-incremental` (the
# consumer's compile always runs), alternating between the two variants, after one unmeasured warm-up build of each,
# once with the compiler server and once without (see below). Prints the median wall time of each variant, the ratio,
# and the generator's own time as the compiler reports it (ReportAnalyzer=true).
# The sample itself cannot be measured without the generator (its code uses the generated types); its build time with
# the generator is printed for context.
#
# Usage: tests/CareerLadder.Benchmarks/build-cost.sh [runs]     (default 7 runs per variant)
set -euo pipefail

RUNS="${1:-${RUNS:-7}}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/careerladder-build-cost.XXXXXX")"
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "Building the generator and the runtime library (Release)..."
dotnet build "$REPO/src/CareerLadder.Generator/CareerLadder.Generator.csproj" -c Release -v:q -nologo >/dev/null
dotnet build "$REPO/src/CareerLadder/CareerLadder.csproj" -c Release -f net8.0 -v:q -nologo >/dev/null

YAMLDOTNET="$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/yamldotnet" -path '*/lib/netstandard2.0/YamlDotNet.dll' | sort | tail -n 1)"
GENERATOR_DIR="$REPO/src/CareerLadder.Generator/bin/Release/netstandard2.0"

mkdir -p "$WORK/Consumer/ladders"
cat > "$WORK/Consumer/ladders/framework.yaml" <<'EOF'
framework: engineering
name: Engineering
seniorities: [Junior, Mid-level, Senior]
ranks:
  3: { public-title: Senior Engineer }
  4: { public-title: Staff Engineer }
  5: { public-title: Senior Staff Engineer }
  6: { public-title: Principal Engineer }
competencies:
  technology: { name: Technology, steps: [Adopts, Specializes, Evangelizes, Masters, Creates] }
  system: { name: System, steps: [Enhances, Designs, Owns, Evolves, Leads] }
  people: { name: People, steps: [Learns, Supports, Mentors, Coordinates, Manages] }
  process: { name: Process, steps: [Follows, Enforces, Challenges, Adjusts, Defines] }
  influence: { name: Influence, steps: [Subsystem, Team, Multiple Teams, Company, Community] }
sections:
  responsibilities: { name: Responsibilities, kind: list }
EOF
printf 'track: backend-engineer\nname: Backend Engineer\nabbreviation: BE\nlevels:\n' > "$WORK/Consumer/ladders/backend-engineer.yaml"
TECHNOLOGY=(Adopts Specializes Evangelizes Masters)
SYSTEM=(Enhances Designs Owns Evolves)
PEOPLE=(Learns Supports Mentors Coordinates)
PROCESS=(Follows Enforces Challenges Adjusts)
INFLUENCE=(Subsystem Team Company Community)
for rank in 3 4 5 6; do
  i=$((rank - 3))
  cat >> "$WORK/Consumer/ladders/backend-engineer.yaml" <<EOF
  - code: BE$rank
    rank: $rank
    title: Backend Engineer $rank
    expectations:
      technology: { step: ${TECHNOLOGY[$i]}, text: grows in technology at level $rank }
      system: ${SYSTEM[$i]}
      people: ${PEOPLE[$i]}
      process: ${PROCESS[$i]}
      influence: ${INFLUENCE[$i]}
    sections:
      responsibilities: [Delivers level $rank work, Reviews level $rank work]
EOF
done
cat > "$WORK/Consumer/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$REPO/src/CareerLadder/build/CareerLadder.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Consumer</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$REPO/src/CareerLadder/bin/Release/net8.0/CareerLadder.dll" />
  </ItemGroup>
  <ItemGroup Condition="'\$(CareerLadderGenerator)' != 'off'">
    <Analyzer Include="$GENERATOR_DIR/CareerLadder.Generator.dll" />
    <Analyzer Include="$GENERATOR_DIR/CareerLadder.Authoring.dll" />
    <Analyzer Include="$YAMLDOTNET" />
  </ItemGroup>
</Project>
EOF
cat > "$WORK/Consumer/Program.cs" <<'EOF'
System.Console.WriteLine("Hello from a CareerLadder consumer");
EOF
# The consumer lives outside the repository: no Directory.Build.props or central package versions apply.
echo '<Project />' > "$WORK/Directory.Build.props"
echo '<Project />' > "$WORK/Directory.Build.targets"
echo '<Project />' > "$WORK/Directory.Packages.props"

PROJECT="$WORK/Consumer/Consumer.csproj"
dotnet restore "$PROJECT" -v:q -nologo >/dev/null

build() { # $1 = on|off (generator), $2 = true|false (compiler server); prints the wall time in milliseconds
  local start end
  start=$(date +%s%N)
  dotnet build "$PROJECT" -c Release --no-restore --no-dependencies --no-incremental -nologo -v:q "-p:CareerLadderGenerator=$1" "-p:UseSharedCompilation=$2" >/dev/null
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Sanity: the generator runs (and only) in the "on" variant.
dotnet build "$PROJECT" -c Release --no-restore --no-incremental -nologo -v:q -p:CareerLadderGenerator=on -p:EmitCompilerGeneratedFiles=true >/dev/null
if ! find "$WORK/Consumer/obj" -name 'CareerLadders.g.cs' | grep -q .; then
  echo "error: the generator produced no CareerLadders.g.cs" >&2
  exit 1
fi
rm -rf "$WORK/Consumer/obj/Release/net10.0/generated"

# Two ways the compiler runs:
#  - server: the compiler server (VBCSCompiler) keeps csc and the loaded analyzers alive between builds, the default
#    of `dotnet build` on a developer machine (and the IDE keeps the generator loaded the same way);
#  - no server: every build starts a new csc process that loads and JIT-compiles the generator again, as on machines
#    that set UseSharedCompilation=false (this workplace's environment does, and so do many CI setups).
SERVER_WAS_RUNNING=$(pgrep -f VBCSCompiler >/dev/null && echo yes || echo no)
SUMMARY=()
for SERVER in true false; do
  if [ "$SERVER" = true ]; then MODE="compiler server"; else MODE="no compiler server"; fi
  echo "Measuring with $MODE (UseSharedCompilation=$SERVER): warm-up..."
  build on "$SERVER" >/dev/null
  build off "$SERVER" >/dev/null
  ON=()
  OFF=()
  for ((i = 1; i <= RUNS; i++)); do
    ON+=("$(build on "$SERVER")")
    OFF+=("$(build off "$SERVER")")
    echo "  run $i: with generator ${ON[-1]} ms, without ${OFF[-1]} ms"
  done
  MEDIAN_ON=$(printf '%s\n' "${ON[@]}" | median)
  MEDIAN_OFF=$(printf '%s\n' "${OFF[@]}" | median)

  # The generator's own time inside csc, as the compiler reports it (median of 3 builds).
  GENERATOR_TIMES=()
  for ((i = 1; i <= 3; i++)); do
    REPORT=$(dotnet build "$PROJECT" -c Release --no-restore --no-dependencies --no-incremental -nologo -v:d -p:CareerLadderGenerator=on "-p:UseSharedCompilation=$SERVER" -p:ReportAnalyzer=true 2>&1 || true)
    TIME=$(printf '%s\n' "$REPORT" | awk '!found && $NF == "CareerLadder.Generator.LadderGenerator" && $1 ~ /^<?[0-9.]+$/ { print $1; found = 1 }')
    if [ -n "$TIME" ]; then GENERATOR_TIMES+=("$(printf '%s' "$TIME" | tr -d '<')"); fi
  done
  GENERATOR_TIME="n/a"
  if [ "${#GENERATOR_TIMES[@]}" -gt 0 ]; then
    GENERATOR_TIME="$(printf '%s\n' "${GENERATOR_TIMES[@]}" | median) s"
  fi
  SUMMARY+=("$(awk -v mode="$MODE" -v on="$MEDIAN_ON" -v off="$MEDIAN_OFF" -v gen="$GENERATOR_TIME" 'BEGIN {
    printf "  %-19s with %5d ms, without %5d ms: ratio %.3f (overhead %+.1f%%, target <= +5%%); generator inside csc: %s", mode ":", on, off, on / off, (on / off - 1) * 100, gen }')")
done
# Stop the compiler server this script started (it would otherwise idle for 10 minutes).
if [ "$SERVER_WAS_RUNNING" = no ]; then dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true; fi

SAMPLE_MS=""
if dotnet build "$REPO/samples/LadderExplorer/LadderExplorer.csproj" -c Release -nologo -v:q >/dev/null 2>&1; then
  SAMPLE_TIMES=()
  for ((i = 1; i <= 3; i++)); do
    start=$(date +%s%N)
    dotnet build "$REPO/samples/LadderExplorer/LadderExplorer.csproj" -c Release --no-restore --no-dependencies --no-incremental -nologo -v:q >/dev/null || continue
    end=$(date +%s%N)
    SAMPLE_TIMES+=($(((end - start) / 1000000)))
  done
  if [ "${#SAMPLE_TIMES[@]}" -gt 0 ]; then SAMPLE_MS=$(printf '%s\n' "${SAMPLE_TIMES[@]}" | median); fi
fi

echo
echo "Consumer build (dotnet build --no-incremental, median of $RUNS runs each, $(nproc) cores):"
printf '%s\n' "${SUMMARY[@]}"
if [ -n "$SAMPLE_MS" ]; then
  echo "  samples/LadderExplorer with the generator, for context (median of 3, this environment's compiler settings): $SAMPLE_MS ms"
fi
