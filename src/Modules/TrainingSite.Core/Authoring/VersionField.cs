using TrainingSite.Abstractions.Content;

namespace TrainingSite.Core.Authoring;

/// <summary>
/// One text the history page compares between two versions, per language: its heading (a key in
/// <see cref="AuthoringStrings"/>, or null for none) and how to read it from a version.
/// </summary>
public sealed record VersionField(string? LabelKey, Func<ContentVersion, string, string?> TextIn)
{
    public static readonly VersionField Title = new("History.TitleField", (version, culture) => version.Title.GetValueOrDefault(culture));

    public static readonly VersionField MainText = new("History.TextField", (version, culture) => version.MainText.GetValueOrDefault(culture));

    public static readonly IReadOnlyList<VersionField> TitleAndText = [Title, MainText];
}
