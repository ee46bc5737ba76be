using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TrainingSite.Core.Content;

/// <summary>
/// Links the first use of each glossary term in a parsed Markdown document to its glossary entry, as Moodle's
/// glossary auto-linking does. Only running text is touched: never headings, code, or the text of a link.
/// </summary>
internal static class GlossaryLinking
{
    public static void Apply(MarkdownDocument document, GlossaryIndex glossary, string culture, string? excludeTermId)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        if (excludeTermId is not null)
        {
            linked.Add(excludeTermId);
        }

        Walk(document, glossary, culture, linked);
    }

    private static void Walk(Block block, GlossaryIndex glossary, string culture, HashSet<string> linked)
    {
        switch (block)
        {
            case HeadingBlock or CodeBlock:
                return;
            case LeafBlock { Inline: { } inline }:
                Walk(inline, glossary, culture, linked);
                return;
            case ContainerBlock container:
                foreach (var child in container.ToList())
                {
                    Walk(child, glossary, culture, linked);
                }

                return;
        }
    }

    private static void Walk(ContainerInline container, GlossaryIndex glossary, string culture, HashSet<string> linked)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            switch (child)
            {
                case LinkInline or AutolinkInline or CodeInline or HtmlInline:
                    child = child.NextSibling;
                    break;
                case ContainerInline inner:
                    Walk(inner, glossary, culture, linked);
                    child = child.NextSibling;
                    break;
                case LiteralInline when IsPlainLiteral(child):
                    child = LinkRun(child, glossary, culture, linked);
                    break;
                default:
                    child = child.NextSibling;
                    break;
            }
        }
    }

    // Entities (&amp;) are literals whose content is not their text: they end a run instead of joining it.
    private static bool IsPlainLiteral(Inline? inline) => inline is not null && inline.GetType() == typeof(LiteralInline);

    /// <summary>Links terms in a run of adjacent literals (the parser may split a sentence); returns the inline after the run.</summary>
    private static Inline? LinkRun(Inline first, GlossaryIndex glossary, string culture, HashSet<string> linked)
    {
        var run = new List<LiteralInline>();
        var text = new StringBuilder();
        for (var inline = first; IsPlainLiteral(inline); inline = inline!.NextSibling)
        {
            var literal = (LiteralInline)inline!;
            run.Add(literal);
            text.Append(literal.Content.AsSpan());
        }

        var next = run[^1].NextSibling;
        var content = text.ToString();
        var replacement = new List<Inline>();
        var position = 0;
        foreach (var match in glossary.Find(content, culture))
        {
            if (!linked.Add(match.TermId))
            {
                continue;
            }

            if (match.Index > position)
            {
                replacement.Add(new LiteralInline(content[position..match.Index]));
            }

            var link = new LinkInline(GlossaryIndex.Href(match.TermId), string.Empty) { IsClosed = true };
            link.GetAttributes().AddClass("glossary-link");
            link.AppendChild(new LiteralInline(content.Substring(match.Index, match.Length)));
            replacement.Add(link);
            position = match.Index + match.Length;
        }

        if (replacement.Count == 0)
        {
            return next;
        }

        if (position < content.Length)
        {
            replacement.Add(new LiteralInline(content[position..]));
        }

        foreach (var inline in replacement)
        {
            run[0].InsertBefore(inline);
        }

        foreach (var literal in run)
        {
            literal.Remove();
        }

        return next;
    }
}
