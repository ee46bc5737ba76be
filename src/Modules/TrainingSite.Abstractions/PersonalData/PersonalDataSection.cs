namespace TrainingSite.Abstractions.PersonalData;

/// <summary>
/// One source's part of an export: a heading and summary lines for the page (already localized, e.g. "Lessons read: 4")
/// and the data itself, any object that serialises to JSON.
/// </summary>
public sealed record PersonalDataSection(string Title, IReadOnlyList<string> Summary, object Data);
