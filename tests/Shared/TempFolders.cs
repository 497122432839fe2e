namespace Search.Tests.Shared;

/// <summary>Temporary folders for a test run, under one root that is removed when the test process exits.</summary>
public static class TempFolders
{
    private static readonly string Root = CreateRoot();

    private static string CreateRoot()
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "search-tests", $"{Environment.ProcessId}-{Guid.NewGuid():n}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A process the tests started may still hold a file; the system's temp cleaning takes the rest.
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return root;
    }

    public static string New()
    {
        var dir = System.IO.Path.Combine(Root, Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
