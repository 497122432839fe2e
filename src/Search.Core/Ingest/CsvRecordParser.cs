using System.Text;

namespace Search.Core.Ingest;

/// <summary>An RFC 4180 record reader: quoted fields, doubled quotes, separators and line breaks inside quotes.</summary>
public sealed class CsvRecordParser(TextReader reader)
{
    private int _line = 1;

    /// <summary>The next record and the line it starts on; null at the end of input.</summary>
    public (List<string> Fields, int Line)? Next()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var startLine = _line;
        var inQuotes = false;
        var any = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (!any && fields.Count == 0)
                {
                    return null;
                }
                fields.Add(field.ToString());
                return (fields, startLine);
            }
            any = true;
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        _line++;
                    }
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    _line++;
                    fields.Add(field.ToString());
                    return (fields, startLine);
                default:
                    field.Append(ch);
                    break;
            }
        }
    }
}
