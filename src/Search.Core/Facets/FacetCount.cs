namespace Search.Core.Facets;

/// <summary>A facet value and how many matches have it; <see cref="Selected"/> when a filter names it; a <see cref="Name"/> for codes (countries).</summary>
public sealed record FacetCount(string Value, int Count, bool Selected, string? Name = null);
