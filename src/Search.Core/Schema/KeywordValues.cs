using Search.Core.Enrichment;
using Search.Core.Indexing;

namespace Search.Core.Schema;

/// <summary>
/// The one place a keyword value given by a person (a filter, <c>country:Iran</c> in a query, a selected facet) becomes
/// the value the index holds: a country name or code becomes its ISO code, anything else is kept as written.
/// </summary>
public sealed class KeywordValues(Gazetteer gazetteer)
{
    /// <summary>The value as indexed and counted (<c>Iran</c> → <c>IR</c> for countries).</summary>
    public string Canonical(FieldDefinition field, string value) =>
        field.ValuesAreCountries && gazetteer.Find(value.Trim()) is { } c ? c.Code : FieldCatalog.Bounded(value);

    /// <summary>The term that matches the value (keywords compare case-insensitively).</summary>
    public string Term(FieldDefinition field, string value) => IndexFields.KeywordTerm(Canonical(field, value));

    /// <summary>A name for people to read, where the value is a code (countries); otherwise null.</summary>
    public string? DisplayName(FieldDefinition field, string value) => field.ValuesAreCountries ? gazetteer.ByCode(value)?.Name : null;
}
