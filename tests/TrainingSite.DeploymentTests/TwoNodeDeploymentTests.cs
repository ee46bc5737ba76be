using System.Diagnostics;
using System.Net;
using TrainingSite.Cluster;
using TrainingSite.Testing;
using Xunit.Abstractions;

namespace TrainingSite.DeploymentTests;

/// <summary>
/// The site as README "Running in production" runs it: the published build (dotnet publish -c Release), two nodes on
/// one PostgreSQL database behind Debian's nginx configured from deploy/nginx, on loopback ports. A learner's walk
/// alternates between the nodes (nginx's round robin; every answer names its node), an administrator's publish on
/// one node reaches a learner on the other within the outline cache's 10 seconds, and with one node killed the site
/// still serves pages and forms through the other.
/// </summary>
public sealed class TwoNodeDeploymentTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string HomeRegion = "espoo";

    /// <summary>README: published outlines are cached 10 s on each node; another node sees a publish within that time.</summary>
    private static readonly TimeSpan OutlineCache = TimeSpan.FromSeconds(10);

    private readonly UpstreamLog _log = new();
    private TestDatabase? _database;
    private SiteCluster? _cluster;

    private SiteCluster Cluster => _cluster ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreatePostgresAsync();
        _cluster = await SiteCluster.StartAsync(new ClusterOptions
        {
            ConnectionString = _database.ConnectionString,
            BalancerDirectives = UpstreamLog.BalancerDirective,
        });
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Learner_WalksThePackageAcrossBothNodes_AndTheSiteKeepsServingWithOneNodeKilled()
    {
        try
        {
            await WalkAsync();
        }
        catch
        {
            output.WriteLine(string.Join("\n", _log.Entries.Select(e => $"{e.Method} {e.Path} {(int)e.Status} {e.Upstreams}")));
            output.WriteLine(Cluster.Diagnostics());
            throw;
        }
    }

    private async Task WalkAsync()
    {
        var (one, two) = (Cluster.Nodes[0], Cluster.Nodes[1]);
        var adminEmail = "paakayttaja@example.fi";
        await one.RunVerbAsync("admin", "create", "--email", adminEmail, "--password", SiteFactory.DefaultPassword, "--name", "Pääkäyttäjä");

        // Registration: the form from one node, the post (and its antiforgery token and cookie) to the other.
        using var learner = new SiteClient(_log.CreateClient(Cluster.Url));
        var email = "aino.neuvoja@example.fi";
        var (registered, _) = await learner.SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Aino Neuvoja",
            ["Input.Email"] = email,
            ["Input.Organisation"] = "Espoon kaupunki",
            ["Input.HomeRegionId"] = HomeRegion,
            ["Input.PreferredLanguage"] = "fi",
            ["Input.Password"] = SiteFactory.DefaultPassword,
            ["Input.ConfirmPassword"] = SiteFactory.DefaultPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var registeredOn = UpstreamLog.NodeOf(registered);
        var form = _log.Entries[^2];
        Assert.NotEqual(form.Node, registeredOn);

        // The package: every lesson read and every quiz passed, the requests alternating between the nodes.
        var courses = ShippedPackage.Courses(HomeRegion);
        var walkStart = _log.Entries.Count;
        foreach (var course in courses)
        {
            foreach (var lesson in course.Lessons)
            {
                await PackageWalk.ReadLessonAsync(learner, course.Id, lesson);
            }

            await PackageWalk.PassQuizAsync(learner, course);
        }

        var walk = _log.Entries.Skip(walkStart).ToList();
        foreach (var node in new[] { one, two })
        {
            Assert.Contains(walk, e => e.Method == HttpMethod.Get && e.Node == node.Address);
            Assert.Contains(walk, e => e.Method == HttpMethod.Post && e.Node == node.Address);
        }

        Assert.All(walk, e => Assert.True((int)e.Status < 400, $"{e.Method} {e.Path}: {(int)e.Status}"));
        output.WriteLine($"The walk: {walk.Count} requests, {courses.Count} courses; " +
            string.Join(", ", walk.GroupBy(e => e.Node).Select(g => $"{g.Key} answered {g.Count()} ({g.Count(e => e.Method == HttpMethod.Post)} posts)")));

        // The certificate: listed, and its PDF downloaded from the node the learner did not register on.
        var (mine, certificates) = await learner.GetPageAsync("/certificates");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var certificate = Assert.Single(certificates.QuerySelectorAll("section.certificate"));
        var pdfLink = certificate.QuerySelector("a[hreflang='fi']")?.GetAttribute("href") ?? throw new InvalidOperationException("no PDF link");
        var verifyLink = certificate.QuerySelector("a[href^='/certificates/verify/']")?.GetAttribute("href") ?? throw new InvalidOperationException("no code");
        var other = registeredOn == one.Address ? two : one;
        await NextOnAsync(other);
        using var pdf = await learner.Http.GetAsync(pdfLink);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(other.Address, UpstreamLog.NodeOf(pdf));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);

        // Anyone may verify it, on either node.
        using var employer = new SiteClient(_log.CreateClient(Cluster.Url));
        foreach (var _ in new[] { one, two })
        {
            var (verified, page) = await employer.GetPageAsync(verifyLink);
            Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
            Assert.NotNull(page.QuerySelector(".verify-result .status--done"));
            Assert.Contains("Aino Neuvoja", page.QuerySelector(".verify-result")?.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(2, _log.Entries.TakeLast(2).Select(e => e.Node).Distinct().Count());
        await PublishReachesTheOtherNodeAsync(learner, courses[0], one, two);
        await SurvivesAKilledNodeAsync(learner, email, one, two);
    }

    /// <summary>The administrator publishes a lesson on one node; the learner, whose node had the old outline cached, sees it through the other.</summary>
    private async Task PublishReachesTheOtherNodeAsync(SiteClient learner, PackageCourse course, SiteNode publisher, SiteNode reader)
    {
        using var admin = new SiteClient(_log.CreateClient(Cluster.Url));
        await admin.SignInAsync("paakayttaja@example.fi", SiteFactory.DefaultPassword);
        var lessonUrl = $"/courses/{course.Id}/lessons/{course.Lessons[0]}";
        await NextOnAsync(reader);
        var (_, before) = await learner.GetPageAsync(lessonUrl);
        Assert.Equal(reader.Address, _log.Last);
        var oldTitle = before.QuerySelector("h1")?.TextContent;

        var editorUrl = $"/authoring/courses/{course.Id}/lessons/{course.Lessons[0]}";
        var newTitle = "Päivitetty oppitunti " + Guid.NewGuid().ToString("N")[..8];
        var (_, editor) = await admin.GetPageAsync(editorUrl);
        var fields = PackageWalk.CurrentValues(editor, "form[data-markdown-editor]");
        fields["Input.Title[fi]"] = newTitle;
        var (saved, _) = await admin.SubmitFormAsync(editorUrl, fields, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // SubmitFormAsync sends two requests: the form from the reader, the publish to the publisher.
        await NextOnAsync(reader);
        var (published, _) = await admin.SubmitFormAsync(editorUrl, new Dictionary<string, string> { ["publishAnyway"] = "true" }, formSelector: "form[action*='Publish']");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(publisher.Address, UpstreamLog.NodeOf(published));

        var clock = Stopwatch.StartNew();
        var deadline = OutlineCache + TimeSpan.FromSeconds(10); // the documented time and a margin for a busy machine
        string? seen;
        do
        {
            await NextOnAsync(reader);
            var (response, page) = await learner.GetPageAsync(lessonUrl);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(reader.Address, UpstreamLog.NodeOf(response));
            seen = page.QuerySelector("h1")?.TextContent;
            if (seen == newTitle)
            {
                break;
            }

            await Task.Delay(250);
        }
        while (clock.Elapsed < deadline);

        output.WriteLine($"The other node showed the published lesson after {clock.Elapsed.TotalSeconds:0.0} s (was '{oldTitle}').");
        Assert.True(seen == newTitle, $"{reader.Name} still shows '{seen}' {clock.Elapsed.TotalSeconds:0.0} s after the publish on {publisher.Name}");
    }

    /// <summary>
    /// One node killed (SIGKILL): nginx passes its requests to the other; pages, a sign-in and a form post still work.
    /// Started again it takes requests again; then the other is stopped gracefully and the site still answers.
    /// </summary>
    private async Task SurvivesAKilledNodeAsync(SiteClient learner, string email, SiteNode survivor, SiteNode victim)
    {
        victim.Kill();
        var course = ShippedPackage.Courses(HomeRegion)[1];
        foreach (var url in new[] { "/", "/courses", $"/courses/{course.Id}", $"/courses/{course.Id}/lessons/{course.Lessons[0]}", "/certificates", "/glossary" })
        {
            var (response, _) = await learner.GetPageAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} with {victim.Name} killed: {(int)response.StatusCode}");
            Assert.Equal(survivor.Address, UpstreamLog.NodeOf(response));
        }

        // Forms: a new session signs in (a POST with a token from the survivor), and the learner marks a lesson read.
        using var again = new SiteClient(_log.CreateClient(Cluster.Url));
        await again.SignInAsync(email, SiteFactory.DefaultPassword);
        Assert.Equal(survivor.Address, _log.Last);
        await PackageWalk.ReadLessonAsync(learner, course.Id, course.Lessons[^1]);
        Assert.Equal(survivor.Address, _log.Last);

        // Started again, it takes its share once more (nginx tries it after fail_timeout, 10 s).
        await victim.StartAsync();
        var back = Stopwatch.StartNew();
        while (!_log.Entries.TakeLast(4).Any(e => e.Node == victim.Address))
        {
            Assert.True(back.Elapsed < TimeSpan.FromSeconds(30), $"{victim.Name} was not given requests again within 30 s of its restart");
            var (response, _) = await learner.GetPageAsync("/courses");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Task.Delay(250);
        }

        // Stopped as systemd stops it for an upgrade (SIGTERM): it exits cleanly and the other carries on.
        await survivor.StopAsync();
        Assert.Equal(0, survivor.ExitCode);
        var (afterStop, _) = await learner.GetPageAsync("/courses");
        Assert.Equal(HttpStatusCode.OK, afterStop.StatusCode);
        Assert.Equal(victim.Address, UpstreamLog.NodeOf(afterStop));
    }

    /// <summary>
    /// Makes the next request through nginx go to <paramref name="node"/>: round robin over two nodes alternates, so
    /// when the last answer came from it, one request (/health) goes to the other first.
    /// </summary>
    private async Task NextOnAsync(SiteNode node)
    {
        if (_log.Last == node.Address)
        {
            using var http = _log.CreateClient(Cluster.Url);
            using var health = await http.GetAsync("/health");
            Assert.NotEqual(node.Address, UpstreamLog.NodeOf(health));
        }
    }
}
