using TrainingSite.Core.Content;

namespace TrainingSite.Core.Authoring;

/// <summary>
/// The page shown instead of publishing when a translation is missing or older than the Finnish text
/// (Pages/Shared/_TranslationWarning.cshtml): what is behind, "Publish anyway" and the way back to the editor.
/// </summary>
public sealed record TranslationWarning(string ItemTitle, TranslationGaps Gaps, string EditorUrl);
