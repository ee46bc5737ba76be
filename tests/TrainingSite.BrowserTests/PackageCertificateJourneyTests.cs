using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// "A learner can complete the whole national part and one regional section and receive a certificate, in a browser
/// test, in each language." The courses, lessons and right answers come from the shipped recipes, never from the page.
/// The first course is read and its quiz taken through the real UI; the rest are the same forms posted with the
/// browser's own cookies (to keep the test fast); "My certificates" and the PDF download are in the browser.
/// </summary>
public sealed partial class PackageCertificateJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string HomeRegion = "espoo";

    private static readonly Dictionary<string, Texts> Ui = new()
    {
        ["fi"] = new("fi-FI", "Sähköposti", "Salasana", "Kirjaudu", "Merkitse luetuksi", "Aloita tietovisa", "Seuraava kysymys", "Tarkista ja palauta", "Palauta ja näytä tulos", "Hyväksytty", "Omat todistukset", "PDF suomeksi", "Katso todistuksesi", "Onneksi olkoon"),
        ["sv"] = new("sv-FI", "E-post", "Lösenord", "Logga in", "Markera som läst", "Börja kunskapstestet", "Nästa fråga", "Granska och lämna in", "Lämna in och visa resultatet", "Godkänt", "Mina intyg", "PDF på svenska", "Se ditt intyg", "Grattis"),
        ["en"] = new("en-GB", "E-mail", "Password", "Sign in", "Mark as read", "Start the quiz", "Next question", "Review and submit", "Submit and see the result", "Passed", "My certificates", "PDF in English", "See your certificate", "Congratulations"),
    };

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Learner_CompletesNationalPartAndHomeRegion_AndDownloadsTheCertificate(string language)
    {
        var text = Ui[language];
        var courses = ShippedPackage.Courses(HomeRegion);
        Assert.Equal(7, courses.Count(c => c.Region == "national")); // six courses and, since 2026, residence status and integration
        Assert.Contains(courses, c => c.Region == HomeRegion);

        var email = $"paketti-{language}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner, Roles.NetworkMember], homeRegion: HomeRegion, language: language);
        var page = await site.NewPageAsync(text.Locale);
        await page.GotoAsync("/account/login?returnUrl=%2Fdashboard");
        await page.GetByLabel(text.Email).FillAsync(email);
        await page.GetByLabel(text.Password).FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = text.SignIn }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);

        // Before completing anything there is no certificate.
        await page.GotoAsync("/certificates");
        await Assertions.Expect(page.Locator("section.certificate")).ToHaveCountAsync(0);

        // The first course through the real UI: every lesson marked read, the quiz answered right and submitted.
        var first = courses[0];
        await ReadLessonsInBrowserAsync(page, first, text);
        await TakeQuizInBrowserAsync(page, first, text);

        // The other courses: the same forms, posted with the browser's cookies.
        var lastResult = string.Empty;
        foreach (var course in courses.Skip(1))
        {
            foreach (var lesson in course.Lessons)
            {
                await PostFormAsync(page, $"/courses/{course.Id}/lessons/{lesson}", $"/courses/{course.Id}/lessons/{lesson}?handler=Read", []);
            }

            lastResult = await TakeQuizByPostsAsync(page, course);
        }

        // Finishing leads to the certificate: the last quiz's result links to the completion page, at 1280 and 375 px.
        await page.GotoAsync(lastResult);
        await page.GetByRole(AriaRole.Link, new() { Name = text.SeeCertificate, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/certificates/complete");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(text.Congratulations);
        await Assertions.Expect(page.Locator("main a[href*='/pdf/']")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("main a[href^='/certificates/verify/']")).ToHaveTextAsync(new Regex("^https?://[^/]+/certificates/verify/[0-9A-Z-]{19}$"));
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("certificate-complete-" + language);
        await page.SetViewportSizeAsync(375, 812);
        await page.AssertAxeCleanAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the completion page scrolls sideways at 375 px");
        await page.SaveAsync("certificate-complete-375-" + language);
        await page.SetViewportSizeAsync(1280, 900);

        // My certificates, in the browser: the certificate is there, axe-clean, and its PDF downloads in her language.
        await page.GotoAsync("/certificates");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(text.MyCertificates);
        await Assertions.Expect(page.Locator("section.certificate")).ToHaveCountAsync(1);
        var certificate = page.Locator("section.certificate");
        await Assertions.Expect(certificate.Locator("dd").First).ToHaveTextAsync(email.Split('@')[0]);
        var pdfLink = certificate.GetByRole(AriaRole.Link, new() { Name = text.PdfInOwnLanguage, Exact = true });
        await Assertions.Expect(pdfLink).ToHaveAttributeAsync("href", new Regex($"^/certificates/\\d+/pdf/{language}$"));
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("certificates-" + language);

        var download = await page.RunAndWaitForDownloadAsync(() => pdfLink.ClickAsync());
        Assert.EndsWith($"-{language}.pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 1000, $"the PDF is only {bytes.Length} bytes");
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);

        var response = await page.APIRequest.GetAsync((await pdfLink.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/pdf", response.Headers["content-type"], StringComparison.Ordinal);
    }

    private static async Task ReadLessonsInBrowserAsync(IPage page, PackageCourse course, Texts text)
    {
        foreach (var lesson in course.Lessons)
        {
            await page.GotoAsync($"/courses/{course.Id}/lessons/{lesson}");
            var button = page.Locator("#lesson-end").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^" + Regex.Escape(text.MarkRead)) });
            // Reading to the end may already have marked it in the background (site.js), in which case the
            // click does not navigate: wait for the network to settle; the course page below checks every lesson.
            if (await button.IsVisibleAsync())
            {
                await button.ClickAsync();
            }

            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await page.GotoAsync($"/courses/{course.Id}");
        await Assertions.Expect(page.Locator(".lesson-list__item--done")).ToHaveCountAsync(course.Lessons.Count);
    }

    private static async Task TakeQuizInBrowserAsync(IPage page, PackageCourse course, Texts text)
    {
        await page.GotoAsync($"/courses/{course.Id}/quiz");
        await page.GetByRole(AriaRole.Button, new() { Name = text.StartQuiz }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/quiz/attempts/\\d+"));
        while (true)
        {
            foreach (var question in await QuestionIdsAsync(page))
            {
                foreach (var choice in course.Correct[question])
                {
                    await page.Locator($"input[name='answer:{question}'][value='{choice}']").CheckAsync();
                }
            }

            var next = page.GetByRole(AriaRole.Button, new() { Name = text.NextQuestion });
            if (await next.CountAsync() == 0)
            {
                break;
            }

            await next.ClickAsync();
            await page.WaitForLoadStateAsync();
        }

        await page.Locator("form.quiz-form").GetByRole(AriaRole.Button, new() { Name = text.ToSubmit }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = text.Submit }).ClickAsync();
        await Assertions.Expect(page.Locator(".result")).ToContainTextAsync(text.Passed);
        await Assertions.Expect(page.Locator(".result")).ToHaveClassAsync(new Regex("result--passed"));
    }

    /// <summary>Takes the course's quiz by posts; returns the result (review) page's URL.</summary>
    private static async Task<string> TakeQuizByPostsAsync(IPage page, PackageCourse course)
    {
        var start = await PostFormAsync(page, $"/courses/{course.Id}/quiz", $"/courses/{course.Id}/quiz?handler=Start", []);
        var attempt = AttemptUrl().Match(start.Url);
        Assert.True(attempt.Success, $"starting the quiz of {course.Id} led to {start.Url}");
        var attemptPath = attempt.Value;
        var answers = course.RightAnswers;
        var html = await start.TextAsync();
        var pages = html.Contains("href=\"?q=", StringComparison.Ordinal) ? course.Correct.Count : 1;
        for (var q = 1; q <= pages; q++)
        {
            await PostFormAsync(page, $"{attemptPath}?q={q}", $"{attemptPath}?handler=Save&q={q}", [.. answers, new("go", "stay")]);
        }

        var review = await PostFormAsync(page, $"{attemptPath}/submit", $"{attemptPath}/submit", []);
        Assert.EndsWith("/review", review.Url, StringComparison.Ordinal);
        Assert.Contains("result--passed", await review.TextAsync(), StringComparison.Ordinal);
        return review.Url;
    }

    /// <summary>GETs the page for its antiforgery token, then posts the form the way the browser would (same cookies).</summary>
    private static async Task<IAPIResponse> PostFormAsync(IPage page, string formPage, string action, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var get = await page.APIRequest.GetAsync(formPage);
        Assert.True(get.Ok, $"GET {formPage}: {get.Status}");
        var token = AntiforgeryToken().Match(await get.TextAsync());
        Assert.True(token.Success, $"no antiforgery token on {formPage}");
        var form = page.APIRequest.CreateFormData();
        form.Append("__RequestVerificationToken", token.Groups[1].Value);
        foreach (var (name, value) in fields)
        {
            form.Append(name, value);
        }

        var response = await page.APIRequest.PostAsync(action, new() { Form = form });
        Assert.True(response.Ok, $"POST {action}: {response.Status}");
        return response;
    }

    private static async Task<IReadOnlyList<string>> QuestionIdsAsync(IPage page) =>
        (await page.Locator("fieldset.question input").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.name.substring(7))")).Distinct().ToList();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("/courses/[^/]+/quiz/attempts/\\d+")]
    private static partial Regex AttemptUrl();

    private sealed record Texts(
        string Locale, string Email, string Password, string SignIn, string MarkRead, string StartQuiz, string NextQuestion,
        string ToSubmit, string Submit, string Passed, string MyCertificates, string PdfInOwnLanguage, string SeeCertificate, string Congratulations);
}
