using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Search.Api.Endpoints;

/// <summary>
/// One query parameter (or JSON body property) of the API, declared once: name, type, default, range and description.
/// Handlers read its value through it, and the OpenAPI document is written from it (<see cref="ApiParameters.WithQueryParameters"/>).
/// </summary>
public abstract class ApiParameter(string name, JsonSchemaType type, string description)
{
    public string Name { get; } = name;

    public JsonSchemaType Type { get; } = type;

    public string Description { get; } = description;

    /// <summary>Given several times (or as a JSON list) for several values; commas separate values too.</summary>
    public virtual bool Repeatable => false;

    /// <summary>The schema the OpenAPI document gives the parameter: its type, default, range and choices.</summary>
    public virtual OpenApiSchema Schema() => new() { Type = Type };
}

/// <summary>A text; <see cref="Choices"/> when only some words are accepted (the handler refuses others with its own code).</summary>
public sealed class TextParameter(string name, string description, string? defaultValue = null, IReadOnlyList<string>? choices = null)
    : ApiParameter(name, JsonSchemaType.String, description)
{
    public string? Default { get; } = defaultValue;

    public IReadOnlyList<string>? Choices { get; } = choices;

    /// <summary>The value given once, or the default when it is missing or empty.</summary>
    public string? Read(IQueryCollection query) => QueryValues.Single(query, Name) is { Length: > 0 } text ? text : Default;

    public override OpenApiSchema Schema()
    {
        var schema = base.Schema();
        schema.Default = Default is null ? null : JsonValue.Create(Default);
        schema.Enum = Choices?.Select(c => (JsonNode)JsonValue.Create(c)).ToList();
        return schema;
    }
}

/// <summary>A whole number between <see cref="Minimum"/> and <see cref="Maximum"/> (the range the search library checks, with its own error code).</summary>
public sealed class NumberParameter(string name, string description, int defaultValue, int minimum, int maximum)
    : ApiParameter(name, JsonSchemaType.Integer, description)
{
    public int Default { get; } = defaultValue;

    public int Minimum { get; } = minimum;

    public int Maximum { get; } = maximum;

    public int Read(IQueryCollection query) => QueryValues.Int(query, Name) ?? Default;

    public override OpenApiSchema Schema()
    {
        var schema = base.Schema();
        schema.Default = JsonValue.Create(Default);
        schema.Minimum = Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        schema.Maximum = Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return schema;
    }
}

/// <summary>true or false.</summary>
public sealed class SwitchParameter(string name, string description, bool defaultValue)
    : ApiParameter(name, JsonSchemaType.Boolean, description)
{
    public bool Default { get; } = defaultValue;

    public bool Read(IQueryCollection query) => QueryValues.Bool(query, Name) ?? Default;

    public override OpenApiSchema Schema()
    {
        var schema = base.Schema();
        schema.Default = JsonValue.Create(Default);
        return schema;
    }
}

/// <summary>A list of texts: repeated or comma-separated when <paramref name="repeatable"/>, else one comma-separated value (a JSON list in a body).</summary>
public sealed class ListParameter(string name, string description, IReadOnlyList<string>? defaultValue = null, bool repeatable = true)
    : ApiParameter(name, JsonSchemaType.String, description)
{
    public IReadOnlyList<string> Default { get; } = defaultValue ?? [];

    public override bool Repeatable => repeatable;

    /// <summary>The values given (blanks dropped), or the default when none are.</summary>
    public IReadOnlyList<string> Read(IQueryCollection query)
    {
        var values = repeatable ? QueryValues.Values(query, Name) : QueryValues.Split(QueryValues.Single(query, Name));
        return values.Count > 0 || QueryValues.Single(query, Name) is not null ? values : Default;
    }

    public override OpenApiSchema Schema()
    {
        var schema = base.Schema();
        if (Default.Count > 0)
        {
            schema.Default = JsonValue.Create(string.Join(",", Default));
        }
        return Repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema;
    }
}
