using TrainingSite.Abstractions.Content;

namespace TrainingSite.Courses.Services;

/// <summary>What the language-tab editor partial shows: the text per language, each language's state, previews.</summary>
public sealed record LocalizedEditorModel(
    LocalizedInput Input,
    IReadOnlyDictionary<string, TranslationState> States,
    string TextLabel,
    bool Markdown,
    int TextMaxLength,
    IReadOnlyDictionary<string, string>? Previews = null);
