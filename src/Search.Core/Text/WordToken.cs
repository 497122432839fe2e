namespace Search.Core.Text;

/// <summary>
/// A word of a text: its text without a possessive ending, where it stands, and whether it opens a sentence
/// (a capital there says nothing about being a name), carried a possessive ("Syria’s"), or is joined to the word
/// before it by nothing but a space (so both may be one name; a comma or a sentence end parts them).
/// </summary>
public readonly record struct WordToken(string Text, int Start, int End, bool SentenceStart, bool Possessive, bool Joined = false)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
