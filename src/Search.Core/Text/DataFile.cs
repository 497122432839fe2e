namespace Search.Core.Text;

/// <summary>Reads the line-based data files: blank lines and lines starting with '#' are comments.</summary>
internal static class DataFile
{
    public static IEnumerable<string> Lines(string path) =>
        File.ReadLines(path).Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));

    /// <summary>Every whitespace-separated word of every line.</summary>
    public static IEnumerable<string> Words(string path) =>
        Lines(path).SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
