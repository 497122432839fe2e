namespace Search.Core.Model;

/// <summary>How an article's outlet was decided (<see cref="Article.OutletSource"/>), in the order they are tried.</summary>
public static class OutletSource
{
    /// <summary>The input gave it (a JSON Lines or CSV field, a sidecar), and the registry does not know it.</summary>
    public const string Source = "source";

    /// <summary>The outlet registry: a name, alias or domain it knows, a wire's dateline or credit, a repost cue.</summary>
    public const string Registry = "registry";

    /// <summary>The page's own metadata: JSON-LD publisher, og:site_name or application-name (tagline cut), its title's other end.</summary>
    public const string Page = "page";

    /// <summary>The page's domain, made readable (<c>www.example-news.com</c> → <c>example-news.com</c>).</summary>
    public const string Domain = "domain";
}
