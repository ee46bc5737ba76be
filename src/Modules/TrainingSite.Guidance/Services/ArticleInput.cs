using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Recipes;

namespace TrainingSite.Guidance.Services;

/// <summary>
/// The article editor's form: text per language (<c>Input.Title[fi]</c>, <c>Input.Text[sv]</c> ...), topic,
/// audience and tags as one comma-separated field.
/// </summary>
public sealed class ArticleInput
{
    /// <summary>The search index keeps 400 characters of a title; the recipe format allows as many.</summary>
    public const int TitleMaxLength = 400;
    public const int BodyMaxLength = GuidanceRecipeReader.MaxBodyLength;
    public const int TagMaxLength = 100;

    public Dictionary<string, string?> Title { get; set; } = [];

    public Dictionary<string, string?> Text { get; set; } = [];

    public string? TopicId { get; set; }

    public string? Audience { get; set; } = GuidanceAudience.Public;

    public string? Tags { get; set; }

    /// <summary>"Facts checked": saving with it ticked dates the draft today (in Finland).</summary>
    public bool FactsChecked { get; set; }

    public static ArticleInput From(GuidanceArticleVersion? version) => new()
    {
        Title = SiteCultures.All.ToDictionary(c => c, c => version?.Title.GetValueOrDefault(c)),
        Text = SiteCultures.All.ToDictionary(c => c, c => version?.Body.GetValueOrDefault(c)),
        TopicId = version?.TopicId,
        Audience = version?.Audience ?? GuidanceAudience.Public,
        Tags = version is null ? null : string.Join(", ", version.Tags),
    };

    /// <summary>The tags as typed: split at commas, trimmed, empty ones and repeats (ignoring case) dropped.</summary>
    public IReadOnlyList<string> TagList() =>
        (Tags ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public ArticleDraft ToDraft() => new(ToText(Title), ToText(Text), TopicId ?? string.Empty, Audience ?? string.Empty, TagList(), FactsChecked ? SiteTime.Today : null);

    /// <summary>The languages that have text, trimmed, with Unix line ends; unknown languages are dropped.</summary>
    public static LocalizedText ToText(Dictionary<string, string?> values) =>
        new(values.Where(v => SiteCultures.IsSupported(v.Key) && !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => v.Value!.Trim().Replace("\r\n", "\n", StringComparison.Ordinal)));

    /// <summary>Checks the topic, audience and tags (the text is checked as every editor's is, by the authoring base).</summary>
    public void Validate(ModelStateDictionary modelState, IReadOnlyList<Topic> topics, IStringLocalizer<GuidanceAuthoringStrings> strings)
    {
        if (!topics.Any(t => t.Id == TopicId))
        {
            modelState.AddModelError("Input.TopicId", strings["Editor.TopicUnknown"]);
        }

        if (!GuidanceAudience.All.Contains(Audience ?? string.Empty))
        {
            modelState.AddModelError("Input.Audience", strings["Editor.AudienceUnknown"]);
        }

        var tags = TagList();
        if (tags.Count > GuidanceRecipeReader.MaxTags)
        {
            modelState.AddModelError("Input.Tags", strings["Editor.TooManyTags", GuidanceRecipeReader.MaxTags]);
        }
        else if (tags.Any(t => t.Length > TagMaxLength))
        {
            modelState.AddModelError("Input.Tags", strings["Editor.TagTooLong", TagMaxLength]);
        }
    }
}
