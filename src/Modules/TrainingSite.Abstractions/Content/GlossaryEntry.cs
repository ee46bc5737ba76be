namespace TrainingSite.Abstractions.Content;

/// <summary>
/// One glossary term as the auto-linker sees it: its id (the anchor <c>term-{id}</c> on /glossary) and,
/// per culture, every written form that should link to it (the term itself, inflected forms, synonyms).
/// </summary>
public sealed record GlossaryEntry(string Id, IReadOnlyDictionary<string, IReadOnlyList<string>> Forms);
