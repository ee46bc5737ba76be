using AngleSharp.Dom;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>The /admin/roles form as a browser would post it: the checked boxes (and the locked grant's hidden field) and the stamp.</summary>
public static class RoleGrantsForm
{
    public static ISet<string> Checked(IDocument page) =>
        page.QuerySelectorAll("main form input[name=Grants]")
            .Where(i => i.GetAttribute("type") == "hidden" || i.HasAttribute("checked"))
            .Select(i => i.GetAttribute("value")!)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Opens the page, changes the checked grants with <paramref name="change"/> and saves.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Document)> SaveAsync(SiteClient admin, Action<ISet<string>> change, string? stamp = null)
    {
        var (_, page) = await admin.GetPageAsync("/admin/roles");
        var grants = Checked(page);
        change(grants);
        var values = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Stamp", stamp ?? page.QuerySelector("main form input[name=Stamp]")!.GetAttribute("value")!),
        };
        values.AddRange(grants.Select(g => new KeyValuePair<string, string>("Grants", g)));
        return await admin.PostAsync("/admin/roles", values);
    }
}
