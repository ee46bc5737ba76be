using System.Text.RegularExpressions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>
/// Every table of every page sits directly in its own scroll container (`table-wrap`), so a wide table scrolls there
/// and never widens a phone's page; the container is a focusable region (a keyboard user can scroll it) named by an
/// element of the same page (a screen reader says what it holds). A table added tomorrow is checked tomorrow. The browser
/// tests (NarrowScreenTests) check the result on real pages at 375 and 320 px.
/// </summary>
public sealed partial class ScrollingTablesTests
{
    public static TheoryData<string> PagesWithTables() => new(PageFilesWithTables());

    [Fact]
    public void PagesWithTables_ShouldIncludeTheAdminUsersList_SoTheCheckBelowSeesThePages()
    {
        Assert.Contains(Path.Combine("Modules", "TrainingSite.Accounts", "Areas", "Accounts", "Pages", "Admin", "Users", "Index.cshtml"), PageFilesWithTables());
    }

    [Theory]
    [MemberData(nameof(PagesWithTables))]
    public void EveryTable_ShouldSitInAFocusableNamedScrollRegion(string page)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Source, page));

        foreach (Match table in TableOpening().Matches(source))
        {
            var wrap = WrapJustBefore().Match(source[..table.Index]);
            Assert.True(wrap.Success, $"{page}: a <table> at {table.Index} is not directly inside a <div class=\"table-wrap\" ...>");
            var attributes = wrap.Groups["attributes"].Value;
            Assert.Contains("class=\"table-wrap\"", attributes, StringComparison.Ordinal);
            Assert.Contains("role=\"region\"", attributes, StringComparison.Ordinal);
            Assert.Contains("tabindex=\"0\"", attributes, StringComparison.Ordinal);
            var label = LabelledBy().Match(attributes);
            Assert.True(label.Success, $"{page}: the table container at {wrap.Index} has no aria-labelledby");
            Assert.Contains($"id=\"{label.Groups["id"].Value}\"", source, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> PageFilesWithTables() =>
        Directory.GetFiles(RepositoryPaths.Source, "*.cshtml", SearchOption.AllDirectories)
            .Where(file => TableOpening().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Source, file))
            .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"<table\b")]
    private static partial Regex TableOpening();

    /// <summary>A div's opening tag with only white space after it (Razor's <c>@(...)</c> may hold quotes and is skipped whole).</summary>
    [GeneratedRegex(@"<div\b(?<attributes>(?:@\([^)]*\)|[^>])*)>\s*$")]
    private static partial Regex WrapJustBefore();

    [GeneratedRegex(@"aria-labelledby=""(?<id>(?:@\([^)]*\)|[^""])*)""")]
    private static partial Regex LabelledBy();
}
