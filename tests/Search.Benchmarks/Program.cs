using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Search.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Search.Benchmarks.EnrichmentBenchmarks).Assembly).Run(args);
