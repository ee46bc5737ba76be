using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TrainingSite.Abstractions.Directory;

namespace TrainingSite.Core.Content;

/// <summary>
/// The targets an author's Markdown links to, found the way the renderer finds them (Markdig's own parse, so
/// reference-style links count and text inside code does not), for checks that need no HTML.
/// </summary>
public static class MarkdownLinkTargets
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();

    /// <summary>The ids of the service points the text links to (<c>servicepoint:kela-espoo</c>), each once, in order of first use.</summary>
    public static IReadOnlyList<string> ServicePointIds(string markdown)
    {
        var ids = new List<string>();
        foreach (var link in Markdown.Parse(markdown ?? string.Empty, Pipeline).Descendants<LinkInline>())
        {
            if (ServicePointLinks.TryParse(link.Url, out var id) && !ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
