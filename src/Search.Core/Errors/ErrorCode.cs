namespace Search.Core.Errors;

/// <summary>A stable machine code for one kind of refused request, the HTTP status it is answered with, and what it means.</summary>
public sealed record ErrorCode(string Code, int Status, string Meaning)
{
    public override string ToString() => Code;
}
