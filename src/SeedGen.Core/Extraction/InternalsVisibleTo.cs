using System.Runtime.CompilerServices;

// The unit tests of tests/SeedGen.Tests/Extraction exercise the extraction stages one by one.
[assembly: InternalsVisibleTo("SeedGen.Tests")]

// bench/SeedGen.Benchmarks times the extraction stages one by one (--profile with SEEDGEN_PROFILE_EXTRACT=1).
[assembly: InternalsVisibleTo("SeedGen.Benchmarks")]
