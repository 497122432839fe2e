using System.CommandLine;
using Search.Indexer;

var root = new RootCommand("Builds and inspects the news-article search index.")
{
    IndexCommand.Create(),
    ExtractCommand.Create(),
    OptimizeCommand.Create(),
    ReindexCommand.Create(),
    BackupCommand.Create(),
    BackupCommand.Verify(),
    OutletsCommand.Create(),
    KeysCommand.Create(),
};
return root.Parse(args).Invoke();
