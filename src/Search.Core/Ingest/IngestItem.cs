namespace Search.Core.Ingest;

/// <summary>What a reader yields: a document, or a problem with one file or line. Readers never throw for bad input.</summary>
public readonly record struct IngestItem(SourceDocument? Document, IngestProblem? Problem)
{
    public static IngestItem Of(SourceDocument document) => new(document, null);
    public static IngestItem Fail(IngestProblem problem) => new(null, problem);
}
