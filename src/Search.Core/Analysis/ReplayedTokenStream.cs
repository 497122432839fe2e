using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Analysis;

namespace Search.Core.Analysis;

/// <summary>
/// The exact copy of a text field at index time: replays the exact forms the stemmed field's analysis recorded of the
/// same text (Lucene inverts a document's fields in name order, so <c>body</c> comes before <c>body_exact</c>), and
/// analyses the text itself with <see cref="NewsAnalyzer.Exact"/> when there is no such recording. Either way the tokens
/// are those of the exact analysis. One instance per thread and field: it is reused document after document.
/// </summary>
public sealed class ReplayedTokenStream : TokenStream
{
    private readonly string _sourceField;
    private readonly string _field;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private string _text = "";
    private RecordedTokens? _tokens;
    private int _next;

    /// <param name="sourceField">The stemmed field whose analysis records the exact forms (<c>body</c>).</param>
    /// <param name="field">The exact field this stream feeds (<c>body_exact</c>).</param>
    public ReplayedTokenStream(string sourceField, string field)
    {
        _sourceField = sourceField;
        _field = field;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>The text of the next document.</summary>
    public void SetText(string text) => _text = text;

    public override void Reset()
    {
        base.Reset();
        _next = 0;
        var recorded = RecordedTokens.For(_sourceField);
        _tokens = ReferenceEquals(recorded.Source, _text) ? recorded : AnalyseExact();
    }

    // No recording of this text: run the exact analysis through a recorder of this stream's own.
    private RecordedTokens AnalyseExact()
    {
        var own = RecordedTokens.For(_field);
        own.Expect(_text);
        own.Begin();
        using var stream = NewsAnalyzer.Exact.GetTokenStream(_field, _text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            own.Add(term.Buffer.AsSpan(0, term.Length), increment.PositionIncrement, offset.StartOffset, offset.EndOffset);
        }
        stream.End();
        own.Complete(offset.EndOffset);
        return own;
    }

    public override bool IncrementToken()
    {
        if (_tokens is null || _next >= _tokens.Count)
        {
            return false;
        }
        ClearAttributes();
        var term = _tokens.Term(_next);
        term.CopyTo(_term.ResizeBuffer(term.Length));
        _term.Length = term.Length;
        _increment.PositionIncrement = _tokens.Increment(_next);
        _offset.SetOffset(_tokens.Start(_next), _tokens.Stop(_next));
        _next++;
        return true;
    }

    public override void End()
    {
        base.End();
        var final = _tokens?.FinalOffset ?? _text.Length;
        _offset.SetOffset(final, final);
    }
}
