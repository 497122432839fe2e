namespace Search.Core.Errors;

/// <summary>A stable machine code for one kind of refused request, what kind of refusal it is, and what it means.</summary>
public sealed record ErrorCode(string Code, ErrorKind Kind, string Meaning)
{
    public override string ToString() => Code;
}
