namespace Search.Core.Schema;

/// <summary>How a field is indexed, and so how it can be queried.</summary>
public enum FieldKind
{
    /// <summary>Analysed words (stemmed, with an unstemmed copy for quoted phrases): searched, highlighted.</summary>
    Text,

    /// <summary>Whole values compared case-insensitively: filtered, counted as a facet, matched by <c>field:value</c>.</summary>
    Keyword,

    /// <summary>A day: ranges in queries (<c>published:[2014 TO 2016-06]</c>) and the <c>from</c>/<c>to</c> parameters; sorted on.</summary>
    Date,

    /// <summary>Kept to be shown and exported, not searchable (the id, the URL, where the article was read from).</summary>
    Shown,
}
