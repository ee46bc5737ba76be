using TrainingSite.Core.Content;

namespace TrainingSite.Core.Tests.Content;

public sealed class SafeMarkdownTests
{
    [Fact]
    public void ToHtml_ShouldShowRawHtmlAsText()
    {
        var html = SafeMarkdown.ToHtml("Hei <script>alert(1)</script> <b onclick=\"x()\">b</b>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x]( java\tscript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("![x](javascript:alert(1))")]
    public void ToHtml_ShouldNeutraliseUnsafeLinks(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotMatch("(?i)(href|src)=\"[^\"]*(script|data):", html);
    }

    [Fact]
    public void ToHtml_ShouldKeepLinksHeadingsAndLists()
    {
        var html = SafeMarkdown.ToHtml("## Minne mennä\n\n- [Kela](https://www.kela.fi)\n- [ohje](/guidance/x)\n- <mailto:info@example.fi>");

        Assert.Contains("<h2 id=\"minne-mennä\">Minne mennä</h2>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.kela.fi\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/guidance/x\"", html, StringComparison.Ordinal);
        Assert.Contains("mailto:info@example.fi", html, StringComparison.Ordinal);
    }
}
