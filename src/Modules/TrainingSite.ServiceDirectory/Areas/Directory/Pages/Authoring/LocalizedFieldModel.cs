namespace TrainingSite.ServiceDirectory.Areas.Directory.Pages.Authoring;

/// <summary>
/// One text of the editor in every language (<c>Input.{Field}[fi]</c> ...), shown as a group under one legend: a line
/// each, or a box each when <see cref="Rows"/> is above one.
/// </summary>
public sealed record LocalizedFieldModel(string Field, string Label, IReadOnlyDictionary<string, string?> Values, int MaxLength, int Rows = 1, string? Hint = null);
