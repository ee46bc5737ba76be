using TrainingSite.Core.Content;

namespace TrainingSite.Core.Tests.Content;

/// <summary><c>[Kela](servicepoint:kela-espoo)</c>: a link to the point's page, marked so the page can add today's hours.</summary>
public sealed class SafeMarkdownServicePointTests
{
    [Fact]
    public void ToHtml_ShouldLinkThePointsPage_AndMarkTheLink_ForAServicePointLink()
    {
        var html = SafeMarkdown.ToHtml("Ohjaa: [Kela](servicepoint:kela-espoo).");

        Assert.Contains("<a href=\"/directory/kela-espoo\" data-servicepoint=\"kela-espoo\">Kela</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Kela](SERVICEPOINT:kela-espoo)", "kela-espoo")]
    [InlineData("[Kela](servicepoint:kela-espoo \"Kela Espoo\")", "kela-espoo")]
    [InlineData("[Kela](<servicepoint:kela espoo>)", "kela espoo")]
    public void ToHtml_ShouldReadThePointId_WhateverTheSchemesCaseOrATitle(string markdown, string id)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.Contains($"href=\"/directory/{Uri.EscapeDataString(id)}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-servicepoint=\"{id}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ShouldEncodeAHostileId_InTheAddressAndTheMarker()
    {
        var html = SafeMarkdown.ToHtml("[x](servicepoint:a\"onclick=b&c)");

        Assert.Contains("href=\"/directory/a%22onclick%3Db%26c\"", html, StringComparison.Ordinal);
        Assert.Contains("data-servicepoint=\"a&quot;onclick=b&amp;c\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"onclick", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Kela](servicepoint:)")]
    [InlineData("![Kela](servicepoint:kela-espoo)")]
    public void ToHtml_ShouldNeutralise_AnEmptyPointOrAnImage(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("servicepoint", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/directory/", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ShouldNotMarkAPointLink_AsExternal()
    {
        var html = SafeMarkdown.ToHtml("[Kela](servicepoint:kela-espoo)", "fi");

        Assert.DoesNotContain("external", html, StringComparison.Ordinal);
    }
}
