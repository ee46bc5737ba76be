using System.Globalization;
using System.Resources;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Core.Content;

/// <summary>
/// Renders the Markdown that authors write (lessons, articles) to HTML that is safe to show: raw HTML is
/// written out as text, links keep only http, https, mailto, tel and site-relative targets, and headings
/// get ids so they can be linked to. No extension that lets text set HTML attributes is enabled. Links to
/// other sites are marked as external: a class for the icon, rel="external noopener noreferrer" (the other site
/// learns neither the page nor a handle on it), and words for screen readers in the text's language. An absolute
/// link to the site's own address (<see cref="UseSiteAddress"/>) is internal, as a relative one is. Given a
/// glossary, the first use of each of its terms links to its entry. A link to a service point by id
/// (<c>[Kela](servicepoint:kela-espoo)</c>) leads to the point's page and is marked with
/// <see cref="ServicePointLinks.MarkerAttribute"/>, so the page can add the point's hours today (not cached here).
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    private static readonly ResourceManager Strings = new("TrainingSite.Abstractions.Resources.SharedStrings", typeof(SharedStrings).Assembly);

    /// <summary>The host of the site's public address, once the host has said it (null: every absolute link is external).</summary>
    private static volatile string? _siteHost;

    /// <summary>
    /// The site's public address (<c>Site:PublicBaseUrl</c>), told once at start-up by the host: this renderer is
    /// static and called from every module, and the address is one per process. Never taken from a request.
    /// </summary>
    public static void UseSiteAddress(string? baseUrl) =>
        _siteHost = Uri.TryCreate(baseUrl, UriKind.Absolute, out var address) && address.Host.Length > 0 ? address.Host : null;

    /// <param name="markdown">The author's text.</param>
    /// <param name="culture">The text's language, for the words added to external links and the glossary's forms; null: the UI language.</param>
    /// <param name="glossary">When given, the first use of each term links to its glossary entry.</param>
    /// <param name="excludeTermId">A term never to link (the glossary's own entry for it).</param>
    public static string ToHtml(string markdown, string? culture = null, GlossaryIndex? glossary = null, string? excludeTermId = null)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        if (glossary is { IsEmpty: false })
        {
            GlossaryLinking.Apply(document, glossary, SiteCultures.IsSupported(culture) ? culture! : SiteCultures.Current, excludeTermId);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!link.IsImage && ServicePointLinks.TryParse(link.Url, out var pointId))
            {
                link.Url = ServicePointLinks.PagePath(pointId);
                link.GetAttributes().AddPropertyIfNotExist(ServicePointLinks.MarkerAttribute, pointId);
            }
            else if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
            else if (!link.IsImage && IsExternal(link.Url))
            {
                MarkExternal(link, culture);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafe(autolink.Url))
            {
                autolink.Url = "#";
            }
            else if (!autolink.IsEmail && IsExternal(autolink.Url))
            {
                // <https://...> has no children to hold the words for screen readers: it becomes an ordinary link of its address.
                var link = new LinkInline(autolink.Url, string.Empty);
                link.AppendChild(new LiteralInline(autolink.Url));
                autolink.ReplaceBy(link);
                MarkExternal(link, culture);
            }
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>Absolute http(s) links and protocol-relative ones (<c>//host/...</c>) lead to another site, unless to the site's own host.</summary>
    public static bool IsExternal(string? url) => IsExternal(url, _siteHost);

    /// <param name="url">The link's target.</param>
    /// <param name="siteHost">The site's own host (links to it are internal); null: none is.</param>
    public static bool IsExternal(string? url, string? siteHost)
    {
        var absolute = url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("//", StringComparison.Ordinal));
        if (!absolute || siteHost is null)
        {
            return absolute;
        }

        // A target that does not parse is treated as another site's: marking too much is the safe side.
        return !Uri.TryCreate(url!.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url, UriKind.Absolute, out var target)
            || !string.Equals(target.Host, siteHost, StringComparison.OrdinalIgnoreCase);
    }

    private static void MarkExternal(LinkInline link, string? culture)
    {
        var attributes = link.GetAttributes();
        attributes.AddClass("external");
        attributes.AddPropertyIfNotExist("rel", "external noopener noreferrer");
        var language = SiteCultures.IsSupported(culture) ? culture! : SiteCultures.Current;
        var words = Strings.GetString("Content.ExternalLink", CultureInfo.GetCultureInfo(language));
        link.AppendChild(new HtmlInline($"<span class=\"visually-hidden\"> {System.Net.WebUtility.HtmlEncode(words)}</span>"));
    }

    /// <summary>Plain text of the Markdown, for snippets and search.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown ?? string.Empty, Pipeline).Trim();

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        return !hasScheme || SafeSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
