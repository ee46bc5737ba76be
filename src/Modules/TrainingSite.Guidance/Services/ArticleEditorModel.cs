namespace TrainingSite.Guidance.Services;

/// <summary>
/// What the article editor partials show: the form, each language's state, the topics to pick from, previews, and
/// the day the facts were last checked (null: never, or a new article).
/// </summary>
public sealed record ArticleEditorModel(
    ArticleInput Input,
    IReadOnlyDictionary<string, TranslationState> States,
    IReadOnlyList<Models.Topic> Topics,
    IReadOnlyDictionary<string, string>? Previews = null,
    DateOnly? ReviewedOn = null)
{
    /// <summary>Every language's preview rendered on the server, for the first view and for browsers without JavaScript.</summary>
    public static Dictionary<string, string> Render(ArticleInput input) =>
        input.Text.Where(t => SiteCultures.IsSupported(t.Key) && !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key, t => SafeMarkdown.ToHtml(t.Value!, t.Key));
}
