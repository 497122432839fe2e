namespace Search.Core.Model;

/// <summary>The names of the labels enrichers set in <see cref="Article.Labels"/> (each declared in the field catalog).</summary>
public static class LabelNames
{
    /// <summary>The article's language, an ISO 639-1 code.</summary>
    public const string Language = "language";
}
