using Search.Core.Enrichment;
using Search.Core.Indexing;

namespace Search.Core.Schema;

/// <summary>
/// The one place a keyword value given by a person (a filter, <c>country:Iran</c> in a query, a selected facet) becomes
/// the value the index holds: a country name or code becomes its ISO code, an outlet's alias its registry name, anything
/// else is kept as written.
/// </summary>
public sealed class KeywordValues(EnrichmentData data)
{
    /// <summary>What queries read besides the catalog: person spellings, the outlet registry, words that are not acronyms.</summary>
    public EnrichmentData Data => data;

    /// <summary>The value as indexed and counted (<c>Iran</c> → <c>IR</c> for countries, <c>WSJ</c> → <c>The Wall Street Journal</c> for outlets).</summary>
    public string Canonical(FieldDefinition field, string value)
    {
        if (field.ValuesAreCountries && data.Gazetteer.Find(value.Trim()) is { } c)
        {
            return c.Code;
        }
        if (field.ValuesAreOutlets && data.Outlets.FindByName(value.Trim()) is { } outlet)
        {
            return outlet.Name;
        }
        if (field.ValuesArePeople && data.Names.Canonical(value) is { } person)
        {
            return person;
        }
        return FieldCatalog.Bounded(value);
    }

    /// <summary>The term that matches the value (keywords compare case-insensitively).</summary>
    public string Term(FieldDefinition field, string value) => IndexFields.KeywordTerm(Canonical(field, value));

    /// <summary>A name for people to read, where the value is a code (countries); otherwise null.</summary>
    public string? DisplayName(FieldDefinition field, string value) => field.ValuesAreCountries ? data.Gazetteer.ByCode(value)?.Name : null;
}
