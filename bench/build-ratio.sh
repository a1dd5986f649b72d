#!/usr/bin/env bash
# Issue #4: `dotnet build` of a project with 1,000 documents, with SeedGen vs the same project
# without it. Creates two throw-away projects in a temp folder (the corpus comes from the
# benchmark's deterministic corpus builder), times warm rebuilds of each (Program.cs touched, so
# CoreCompile runs every time; restore done once; build servers warm), prints the ratio, then
# one more build with -p:ReportAnalyzer=true to split csc's time into generator vs compiling.
#
#   bench/build-ratio.sh [DOCUMENTS=1000] [RUNS=3]
#
# Never run by CI. Needs the benchmarks built: dotnet build bench/SeedGen.Benchmarks -c Release
set -euo pipefail

docs="${1:-1000}"
runs="${2:-3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_dll="$repo/bench/SeedGen.Benchmarks/bin/Release/net10.0/SeedGen.Benchmarks.dll"
work="${SEEDGEN_BUILD_RATIO_DIR:-${TMPDIR:-/tmp}/seedgen-build-ratio}"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [ ! -f "$bench_dll" ]; then
  dotnet build "$repo/bench/SeedGen.Benchmarks" -c Release >/dev/null
fi

rm -rf "$work"
mkdir -p "$work/with" "$work/without"
dotnet "$bench_dll" --write-corpus "$work/with/seeds" "$docs"
cp -r "$work/with/seeds" "$work/without/seeds"

program='namespace BuildRatio;

public static class Program
{
    public static int Main() => 0;
}'
printf '%s\n' "$program" > "$work/with/Program.cs"
printf '%s\n' "$program" > "$work/without/Program.cs"

# The generator exactly as samples/SeedGen.Sample consumes it: analyzer ProjectReference plus the
# package's own props/targets (which add seeds/INDEX.md and the documents it lists to AdditionalFiles).
cat > "$work/with/BuildRatio.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/SeedGen.Generator/build/SeedGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>BuildRatio</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/SeedGen.Generator/SeedGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$repo/src/SeedGen.Generator/build/SeedGen.targets" />
</Project>
XML

cat > "$work/without/BuildRatio.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>BuildRatio</RootNamespace>
  </PropertyGroup>
</Project>
XML

now() { date +%s.%N; }

time_builds() { # $1 = with|without; prints one wall time (s) per line
  local dir="$work/$1"
  for i in $(seq 1 "$runs"); do
    touch "$dir/Program.cs"
    local t0; t0=$(now)
    dotnet build "$dir/BuildRatio.csproj" -c Release --no-restore -v:q -nologo >"$work/$1.build.$i.log" 2>&1 \
      || { echo "build failed: $work/$1.build.$i.log" >&2; tail -20 "$work/$1.build.$i.log" >&2; exit 1; }
    local t1; t1=$(now)
    echo "$t0 $t1" | awk '{ printf "%.2f\n", $2 - $1 }'
  done
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "restore and first builds (not timed)..."
for p in without with; do
  dotnet restore "$work/$p/BuildRatio.csproj" -v:q >/dev/null
  dotnet build "$work/$p/BuildRatio.csproj" -c Release --no-restore -v:q -nologo >"$work/$p.build.0.log" 2>&1 \
    || { echo "build failed: $work/$p.build.0.log" >&2; tail -20 "$work/$p.build.0.log" >&2; exit 1; }
done

echo "timing $runs warm rebuilds each (Program.cs touched before each)..."
without_times=$(time_builds without)
with_times=$(time_builds with)
without_median=$(echo "$without_times" | median)
with_median=$(echo "$with_times" | median)
echo "without SeedGen: $(echo $without_times) s -> median $without_median s"
echo "with SeedGen:    $(echo $with_times) s -> median $with_median s"
awk -v a="$with_median" -v b="$without_median" 'BEGIN { printf "ratio (with / without): %.2fx\n", a / b }'

echo
echo "where the time goes (one more build of each, -p:ReportAnalyzer=true -v:d, PerformanceSummary):"
for p in without with; do
  touch "$work/$p/Program.cs"
  dotnet build "$work/$p/BuildRatio.csproj" -c Release --no-restore -nologo -v:d -p:ReportAnalyzer=true \
    -clp:PerformanceSummary >"$work/$p.report.log" 2>&1 || true
  echo "-- $p SeedGen"
  # csc's own analyzer/generator report, and MSBuild's task summary (Csc = the compiler call).
  grep -E "Total (analyzer|generator) execution time|SeedGen\.Generator(\.SeedGenerator)?[[:space:]]|^[[:space:]]+[0-9.]+ ms[[:space:]]+(Csc|ResolvePackageAssets|_SeedGen|SeedGenAddAdditionalFiles|MSBuild|ResolveProjectReferences)|^[[:space:]]+[0-9]+ ms[[:space:]]+(Csc|MSBuild)[[:space:]]" \
    "$work/$p.report.log" | sed 's/^[[:space:]]*/   /' | sort -u | head -20 || true
  awk '/Task Performance Summary:/ { on = 1 } on && /Csc/ { print "   task " $0; exit }' "$work/$p.report.log" || true
done
echo
echo "logs: $work/*.log"
