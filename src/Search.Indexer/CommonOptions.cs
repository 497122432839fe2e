using System.CommandLine;

namespace Search.Indexer;

/// <summary>Arguments and options shared by the commands.</summary>
internal static class CommonOptions
{
    public const string DefaultArticles = "index-data/articles";
    public const string DefaultIndex = "index-data/index";

    public static Argument<string[]> Paths(string description) => new("paths")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<int> EarliestYear() => new("--earliest-year")
    {
        Description = "Publication dates before this year (or after tomorrow) are no dates: the article is indexed without one, with a warning.",
        DefaultValueFactory = _ => Search.Core.Ingest.PublicationDate.DefaultEarliestYear,
    };

    public static Option<string?> Data() => new("--data")
    {
        Description = "Folder of enrichment data files (outlets.json, countries.tsv, …) to use instead of the shipped ones.",
    };
}
