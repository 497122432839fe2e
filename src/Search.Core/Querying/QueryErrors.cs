using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;
using Search.Core.Errors;

namespace Search.Core.Querying;

/// <summary>Turns the classic parser's exceptions into messages a journalist understands, with the position where known.</summary>
internal static partial class QueryErrors
{
    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex Column();

    public static SearchRequestException From(ParseException e, string text)
    {
        if (e.InnerException is SearchRequestException typed)
        {
            return typed;
        }
        int? position = null;
        if (e.InnerException is ParseException inner && inner.CurrentToken?.Next is { } token)
        {
            position = token.BeginColumn + 1;
        }
        else if (Column().Match(e.InnerException?.Message ?? e.Message) is { Success: true } m)
        {
            position = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var quotes = text.Count(c => c == '"');
        var open = text.Count(c => c == '(');
        var close = text.Count(c => c == ')');
        var (what, where) = quotes % 2 == 1 ? ("unbalanced quote", text.LastIndexOf('"') + 1)
            : open != close ? ("unbalanced parenthesis", open > close ? text.LastIndexOf('(') + 1 : text.LastIndexOf(')') + 1)
            : text.TrimEnd().EndsWith('\\') ? ("a backslash at the end escapes nothing", text.TrimEnd().Length)
            : ("cannot read the query", position ?? 0);
        var pos = where > 0 ? where : position;
        var message = pos is { } p ? $"{what} at character {p}" : what;
        return new SearchRequestException(ErrorCodes.InvalidQuery, $"{message}: check quotes, brackets and operators (AND, OR, NOT must stand between words)", "q", pos);
    }
}
