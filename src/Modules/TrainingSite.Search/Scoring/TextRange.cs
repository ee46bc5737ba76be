namespace TrainingSite.Search.Scoring;

/// <summary>A stretch of a text: where it starts and how many characters (UTF-16 code units, as in .NET and JavaScript) it has.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
