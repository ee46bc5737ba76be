namespace TrainingSite.Search.Analysis;

/// <summary>What Voikko knows of a word: its base forms (usually one) and the base forms of its compound parts.</summary>
public sealed record WordAnalysis(IReadOnlyList<string> BaseForms, IReadOnlyList<string> CompoundParts)
{
    public static WordAnalysis Unknown { get; } = new([], []);

    public bool IsKnown => BaseForms.Count > 0;
}
