using System.Runtime.CompilerServices;

// The unit tests of tests/SeedGen.Tests/Extraction exercise the extraction stages one by one.
[assembly: InternalsVisibleTo("SeedGen.Tests")]
