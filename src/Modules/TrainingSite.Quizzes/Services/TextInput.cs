using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Quizzes.Services;

/// <summary>Form text per language to a <see cref="LocalizedText"/>: trimmed, empty languages and unknown ones dropped.</summary>
public static class TextInput
{
    public const int MaxLength = 4000;

    public static LocalizedText ToText(Dictionary<string, string?>? values) =>
        new((values ?? []).Where(v => SiteCultures.IsSupported(v.Key) && !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => v.Value!.Trim()));

    public static Dictionary<string, string?> From(LocalizedText text) => SiteCultures.All.ToDictionary(c => c, c => text.GetValueOrDefault(c));

    public static bool TooLong(Dictionary<string, string?>? values) => (values ?? []).Values.Any(v => v?.Length > MaxLength);
}
