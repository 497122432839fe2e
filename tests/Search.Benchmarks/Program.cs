using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Search.Benchmarks;

// dotnet run -c Release --project tests/Search.Benchmarks -- generate COUNT FILE
// dotnet run -c Release --project tests/Search.Benchmarks -- queries   (the newsroom query set, one TSV line each)
// dotnet run -c Release --project tests/Search.Benchmarks -- html COUNT FOLDER [GZIP_EVERY]   (the same articles as saved HTML pages, for HTML ingest)
// dotnet run -c Release --project tests/Search.Benchmarks -- run COUNTS WORK_DIR INDEXER_DLL API_DLL [SECONDS_PER_LEVEL] [OUTPUT_DIR]
// dotnet run -c Release --project tests/Search.Benchmarks -- search INDEX_DIR API_DLL [SECONDS_PER_LEVEL]   (search phase only)
// dotnet run -c Release --project tests/Search.Benchmarks -- plain CORPUS INDEX_DIR   (Lucene.Net alone: one body field, no enrichment)
// dotnet run -c Release --project tests/Search.Benchmarks -- profile INDEX_DIR [ROUNDS] [QUERY_KIND]   (where a search's time goes)
// dotnet run -c Release --project tests/Search.Benchmarks -- highlighters INDEX_DIR [ROUNDS]   (Lucene.Net's postings highlighter against ours)
// dotnet run -c Release --project tests/Search.Benchmarks -- copies INDEX_DIR   (building the clusters of copies: time, clusters)
// dotnet run -c Release --project tests/Search.Benchmarks -- micro --filter '*'      (BenchmarkDotNet micro-benchmarks)
// LUCENE_REFERENCE_CP=… dotnet run -c Release --project tests/Search.Benchmarks -- reference CORPUS WORK_DIR INDEXER_DLL [SECONDS_PER_LEVEL]
//                                                                                   (Apache Lucene 4.10 in Java on a corpus: the reference alone)
// dotnet run -c Release --project tests/Search.Benchmarks -- archive CORPUS WORK_DIR INDEXER_DLL API_DLL [SECONDS_PER_LEVEL]
//                                                                                   (reindex, backups and the audit log's cost per search)
// dotnet run -c Release --project tests/Search.Benchmarks -- access INDEX_DIR API_DLL [SECONDS_PER_LEVEL]   (a private archive's and its audit log's cost per search)
// tests/benchmark.sh runs the whole thing with the published programs.
switch (args.FirstOrDefault())
{
    case "queries":
        // The query set, as the reference reads it: kind, q, outlets, countries, people, from, to.
        foreach (var q in Runner.QuerySet())
        {
            Console.WriteLine(q.TsvLine());
        }
        return 0;
    case "generate" when args.Length >= 3:
        var bytes = Runner.Generator().Write(args[2], int.Parse(args[1], CultureInfo.InvariantCulture));
        Console.WriteLine($"{args[1]} articles, {bytes / 1e6:0.0} MB of text → {args[2]}");
        return 0;
    case "html" when args.Length >= 3:
        var html = Runner.Generator().WriteHtml(args[2], int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5);
        Console.WriteLine($"{args[1]} HTML pages, {html / 1e6:0.0} MB of HTML → {args[2]}");
        return 0;
    case "run" when args.Length >= 5:
        var counts = args[1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        var seconds = args.Length > 5 ? double.Parse(args[5], CultureInfo.InvariantCulture) : 10;
        var output = args.Length > 6 ? args[6] : Path.Combine(args[2], "results");
        return await Runner.RunAsync(counts, args[2], args[3], args[4], TimeSpan.FromSeconds(seconds), output);
    case "search" when args.Length >= 3:
        Console.WriteLine(await Runner.SearchOnlyAsync(args[1], args[2], TimeSpan.FromSeconds(args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 10)));
        return 0;
    case "plain" when args.Length >= 3:
        Console.WriteLine(PlainIndexing.Run(args[1], args[2], Environment.ProcessorCount));
        return 0;
    case "profile" when args.Length >= 2:
        Console.WriteLine(SearchProfile.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40, args.Length > 3 ? args[3] : null));
        return 0;
    case "reference" when args.Length >= 4 && JavaReference.ClassPath is not null:
        var lines = File.ReadLines(args[1]).Count();
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(JavaReference.Run(args[2], args[1], args[3], lines, Runner.QuerySet(),
            TimeSpan.FromSeconds(args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 10))));
        return 0;
    case "archive" when args.Length >= 5:
        Console.WriteLine(await ArchiveRun.RunAsync(args[1], args[2], args[3], args[4],
            TimeSpan.FromSeconds(args.Length > 5 ? double.Parse(args[5], CultureInfo.InvariantCulture) : 10)));
        return 0;
    case "access" when args.Length >= 3:
        Console.WriteLine(await ArchiveRun.AccessCostAsync(args[1], args[2], TimeSpan.FromSeconds(args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 10)));
        return 0;
    case "highlighters" when args.Length >= 2:
        Console.WriteLine(HighlighterComparison.RunInChild(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 9));
        return 0;
    case "highlighters-child" when args.Length >= 3:
        Console.WriteLine(HighlighterComparison.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)));
        return 0;
    case "copies" when args.Length >= 2:
        Console.WriteLine(CopiesRun.Run(args[1]));
        return 0;
    case "micro":
        // Reports and logs go under artifacts/ (git-ignored), not beside the sources.
        BenchmarkSwitcher.FromAssembly(typeof(EnrichmentBenchmarks).Assembly)
            .Run(args[1..], DefaultConfig.Instance.WithArtifactsPath(Path.Combine("artifacts", "benchmarkdotnet")));
        return 0;
    default:
        Console.Error.WriteLine("usage: queries | generate COUNT FILE | html COUNT FOLDER | run COUNTS WORK_DIR INDEXER_DLL API_DLL [SECONDS_PER_LEVEL] [OUTPUT_DIR] | search INDEX_DIR API_DLL [SECONDS_PER_LEVEL] | plain CORPUS INDEX_DIR | profile INDEX_DIR [ROUNDS] [QUERY_KIND] | reference CORPUS WORK_DIR INDEXER_DLL [SECONDS_PER_LEVEL] (with LUCENE_REFERENCE_CP) | micro [BenchmarkDotNet arguments]");
        return 2;
}
