using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TrainingSite.Testing;

namespace TrainingSite.DeploymentTests;

/// <summary>
/// What a learner does to complete the package, as forms posted with the page's antiforgery token (no JavaScript):
/// open each lesson and mark it read, start the quiz, save the right answers on every page, submit.
/// </summary>
public static class PackageWalk
{
    public static async Task ReadLessonAsync(SiteClient client, string course, string lesson)
    {
        var url = $"/courses/{course}/lessons/{lesson}";
        var (page, document) = await client.GetPageAsync(url);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)page.StatusCode}");
        var (read, _) = await client.PostAsync($"{url}?handler=Read", [new("__RequestVerificationToken", Token(document, url))]);
        Assert.True(read.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.OK, $"POST {url}?handler=Read: {(int)read.StatusCode}");
    }

    public static async Task PassQuizAsync(SiteClient client, PackageCourse course)
    {
        var (started, _) = await client.SubmitFormAsync($"/courses/{course.Id}/quiz", new Dictionary<string, string>(), formSelector: "form[action*='Start']");
        Assert.True(started.StatusCode == HttpStatusCode.Redirect, $"starting the quiz of {course.Id}: {(int)started.StatusCode}");
        var attempt = started.Headers.Location!.OriginalString;

        // One page with every question, or one question a page (links ?q=1..n): the right answers go to each page.
        var (_, first) = await client.GetPageAsync(attempt);
        var pages = first.QuerySelector("a[href^='?q=']") is null ? 1 : course.Correct.Count;
        for (var q = 1; q <= pages; q++)
        {
            var (page, document) = await client.GetPageAsync($"{attempt}?q={q}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var (saved, _) = await client.PostAsync($"{attempt}?handler=Save&q={q}", [new("__RequestVerificationToken", Token(document, attempt)), .. course.RightAnswers, new("go", "stay")]);
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"saving answers on {attempt}?q={q}: {(int)saved.StatusCode}");
        }

        var (submitted, _) = await client.SubmitFormAsync(attempt + "/submit", new Dictionary<string, string>());
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, $"submitting {attempt}: {(int)submitted.StatusCode}");
        var (_, review) = await client.GetPageAsync(submitted.Headers.Location!.OriginalString);
        Assert.NotNull(review.QuerySelector(".result--passed"));
    }

    /// <summary>Every field of a form as the browser would post it now (the checked boxes, the selected options).</summary>
    public static Dictionary<string, string> CurrentValues(IDocument document, string formSelector)
    {
        var form = document.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{formSelector}'");
        var values = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("submit" or "button" or "checkbox" or "radio") || input.IsChecked:
                    values.TryAdd(input.Name!, input.Value);
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } text:
                    values.TryAdd(text.Name!, text.Value);
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    values.TryAdd(select.Name!, select.Value ?? string.Empty);
                    break;
                default:
                    break;
            }
        }

        return values;
    }

    private static string Token(IDocument document, string url) =>
        document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {url}");
}
