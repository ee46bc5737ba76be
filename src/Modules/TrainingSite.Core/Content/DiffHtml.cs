using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using TrainingSite.Abstractions.Content;

namespace TrainingSite.Core.Content;

/// <summary>A line diff as HTML: removed lines in &lt;del&gt;, added in &lt;ins&gt;, so the change is not colour alone.</summary>
public static class DiffHtml
{
    public static IHtmlContent Render(string? before, string? after)
    {
        var html = new StringBuilder();
        foreach (var line in TextDiff.Lines(before, after))
        {
            var text = HtmlEncoder.Default.Encode(line.Text);
            html.Append(line.Kind switch
            {
                DiffKind.Added => $"<ins>+ {text}</ins>",
                DiffKind.Removed => $"<del>− {text}</del>",
                _ => $"<span>  {text}</span>",
            });
        }

        return new HtmlString(html.ToString());
    }
}
