using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Passes tokens through unchanged and writes each one down in this thread's <see cref="RecordedTokens"/> for the field:
/// placed in the stemmed chain where the exact chain ends, it records exactly what the exact analysis would produce.
/// </summary>
public sealed class ExactFormsRecorder : TokenFilter
{
    private readonly string _field;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private RecordedTokens? _tokens;

    public ExactFormsRecorder(TokenStream input, string field) : base(input)
    {
        _field = field;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _tokens = RecordedTokens.For(_field);
        _tokens.Begin();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        _tokens?.Add(_term.Buffer.AsSpan(0, _term.Length), _increment.PositionIncrement, _offset.StartOffset, _offset.EndOffset);
        return true;
    }

    public override void End()
    {
        base.End();
        _tokens?.Complete(_offset.EndOffset);
        _tokens = null;
    }
}
