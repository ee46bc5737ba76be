using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TrainingSite.Search.Scoring;

/// <summary>
/// A passage of an article shown with a hit: plain text (whole sentences or clauses, "…" where text is left out)
/// and the ranges of it that matched the query. The HTML form is made from these two only, every character of
/// the text encoded and the marks placed by offset, so nothing an author wrote can become markup.
/// </summary>
public sealed record Snippet(string Text, IReadOnlyList<TextRange> Highlights)
{
    /// <summary>Encodes markup characters only: letters of every script stay readable in the HTML and the JSON.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static Snippet Empty { get; } = new(string.Empty, []);

    /// <summary>The text as HTML with each highlight in &lt;mark&gt;.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder(Text.Length + (Highlights.Count * 13));
        var position = 0;
        foreach (var highlight in Highlights.OrderBy(h => h.Start))
        {
            if (highlight.Start < position || highlight.End > Text.Length)
            {
                continue; // overlapping or outside: never produced by the builder, and never allowed to break the markup
            }

            html.Append(Encoder.Encode(Text[position..highlight.Start]));
            html.Append("<mark>").Append(Encoder.Encode(Text.Substring(highlight.Start, highlight.Length))).Append("</mark>");
            position = highlight.End;
        }

        return html.Append(Encoder.Encode(Text[position..])).ToString();
    }
}
