using Search.Core.Highlighting;
using Search.Core.Model;

namespace Search.Core.Searching;

/// <summary>A whole article and, when asked with a query, every match in its title and its text.</summary>
public sealed record MarkedArticle(Article Article, MarkedText? Title, MarkedText? Text);
