using System.Globalization;
using System.Net;
using System.Text.Json;
using TrainingSite.Abstractions.Notifications;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Accounts;
using TrainingSite.FunctionalTests.AuditTrail;
using TrainingSite.FunctionalTests.Certificates;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Notifications;

/// <summary>
/// /notifications end to end: a certificate and a reminder arrive as notifications, the header counts the unread ones,
/// marking read is a POST with antiforgery, nobody reaches another's notification, and mail follows the user's choice.
/// </summary>
public abstract class NotificationsTests(CertificateSite site)
{
    [Fact]
    public async Task CertificateIssued_ShouldArriveAsNotification_CountedInTheHeader_AndByMailByDefault()
    {
        var (client, _, email) = await CertificateSteps.HolderAsync(site);
        using var holder = client;

        var (response, page) = await holder.GetPageAsync("/notifications");
        var mail = await Mailbox.FindToAsync(site, email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = Assert.Single(NotificationSteps.Items(page));
        Assert.Equal(("Todistuksesi on myönnetty – voit ladata sen nyt", "/certificates", true), item);
        Assert.Equal("Ilmoitukset, 1 lukematon", NotificationSteps.HeaderName(page));
        Assert.Equal("1", NotificationSteps.HeaderBadge(page));
        Assert.NotNull(mail);
        Assert.Contains("Todistuksesi on valmis", mail, StringComparison.Ordinal);
        Assert.Contains($"{CertificateSite.PublicBaseUrl}/certificates", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertificateRevoked_ShouldTellTheHolderWhy()
    {
        var (client, certificate, _) = await CertificateSteps.HolderAsync(site);
        using var holder = client;
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (revoked, _) = await admin.SubmitFormAsync(
            $"/admin/certificates/{certificate.Id.ToString(CultureInfo.InvariantCulture)}", new Dictionary<string, string> { ["Reason"] = "Väärä henkilö" }, "main form[method=post]");
        var (_, page) = await holder.GetPageAsync("/notifications");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal("Todistuksesi on peruttu", NotificationSteps.Items(page)[0].Text);
        Assert.Contains("Lisätieto: Väärä henkilö", page.QuerySelector("ol.notification-list > li .notification-note")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ilmoitukset, 2 lukematonta", NotificationSteps.HeaderName(page));
    }

    [Fact]
    public async Task CoordinatorsReminder_ShouldArriveAsNotification_WithTheReminderMailOnly()
    {
        var email = $"remind-{Guid.NewGuid():N}@example.fi";
        var learner = await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "espoo", language: "sv");
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var token = await coordinator.AntiforgeryTokenAsync("/reports/learners");

        var (sent, _) = await coordinator.PostAsync("/reports/reminders?handler=Send", [new("__RequestVerificationToken", token), new("region", "espoo")]);
        var mail = await Mailbox.FindToAsync(site, email);
        await NotificationSteps.SendPendingMailAsync(site);
        using var client = site.CreateSiteClient();
        await client.SignInAsync(email, SiteFactory.DefaultPassword);
        var (_, page) = await client.GetPageAsync("/notifications", "sv");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var reminder = Assert.Single(await NotificationSteps.OfAsync(site, learner.Id));
        Assert.Equal((NotificationKinds.Reminder, "/dashboard", false), (reminder.Kind, reminder.Url, reminder.MailPending));
        Assert.Equal([("Koordinatorn påminner dig om att fortsätta utbildningen", "/dashboard", true)], NotificationSteps.Items(page));
        Assert.Equal("Aviseringar, 1 oläst", NotificationSteps.HeaderName(page));
        Assert.NotNull(mail);
        Assert.Equal(1, await NotificationSteps.MailCountAsync(site, email, TimeSpan.FromSeconds(1))); // the reminder itself, no second mail
    }

    [Fact]
    public async Task MarkRead_ShouldBeAPostWithAntiforgery_AndLowerTheHeaderCount()
    {
        var (client, user) = await AuditLog.SignedInAsync(site, [Roles.Learner], homeRegion: "espoo");
        using var learner = client;
        await NotificationSteps.NotifyAsync(site, user.Id, NotificationKinds.LessonNew, "/courses/a/lessons/b", "Ensimmäinen");
        await NotificationSteps.NotifyAsync(site, user.Id, NotificationKinds.LessonUpdated, "/courses/a/lessons/c", "Toinen");
        var first = (await NotificationSteps.OfAsync(site, user.Id))[0];
        var (_, before) = await learner.GetPageAsync("/notifications");
        var token = before.QuerySelector("form[action*='handler=Read'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var (withoutToken, _) = await learner.PostAsync("/notifications?handler=Read", [new("id", first.Id.ToString(CultureInfo.InvariantCulture))]);
        var (marked, _) = await learner.PostAsync("/notifications?handler=Read", [new("__RequestVerificationToken", token), new("id", first.Id.ToString(CultureInfo.InvariantCulture))]);
        var (_, afterOne) = await learner.GetPageAsync(marked.Headers.Location!.OriginalString);
        var (all, _) = await learner.SubmitFormAsync("/notifications", new Dictionary<string, string>(), "form[action*='handler=ReadAll']");
        var (_, afterAll) = await learner.GetPageAsync("/notifications");

        Assert.Equal("Ilmoitukset, 2 lukematonta", NotificationSteps.HeaderName(before));
        Assert.Equal([("Oppituntia on päivitetty: Toinen", "/courses/a/lessons/c", true), ("Uusi oppitunti: Ensimmäinen", "/courses/a/lessons/b", true)], NotificationSteps.Items(before));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal("Ilmoitukset, 1 lukematon", NotificationSteps.HeaderName(afterOne));
        Assert.Equal([true, false], NotificationSteps.Items(afterOne).Select(i => i.Unread));
        Assert.Equal("Ilmoitus merkittiin luetuksi.", afterOne.QuerySelector("main .notice")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal("Ilmoitukset", NotificationSteps.HeaderName(afterAll));
        Assert.Null(NotificationSteps.HeaderBadge(afterAll));
        Assert.All(NotificationSteps.Items(afterAll), i => Assert.False(i.Unread));
        Assert.Null(afterAll.QuerySelector("form[action*='handler=ReadAll']"));
    }

    [Fact]
    public async Task AnothersNotification_ShouldBeNotFound_AndStayUnread()
    {
        var (ownerClient, owner) = await AuditLog.SignedInAsync(site, [Roles.Learner], homeRegion: "espoo");
        using var _ = ownerClient;
        var (otherClient, _) = await AuditLog.SignedInAsync(site, [Roles.Learner, Roles.Administrator], homeRegion: "espoo");
        using var other = otherClient;
        await NotificationSteps.NotifyAsync(site, owner.Id, NotificationKinds.LessonNew, "/courses/x/lessons/secret", "Salainen");
        var id = (await NotificationSteps.OfAsync(site, owner.Id))[0].Id.ToString(CultureInfo.InvariantCulture);
        var token = await other.AntiforgeryTokenAsync("/notifications/settings");

        var (read, _) = await other.PostAsync("/notifications?handler=Read", [new("__RequestVerificationToken", token), new("id", id)]);
        var (missing, _) = await other.PostAsync("/notifications?handler=Read", [new("__RequestVerificationToken", token), new("id", "999999999")]);
        var (notNumber, _) = await other.PostAsync("/notifications?handler=Read", [new("__RequestVerificationToken", token), new("id", "abc")]);
        var (_, list) = await other.GetPageAsync("/notifications");
        using var visitor = site.CreateSiteClient();
        var (anonymous, _) = await visitor.GetPageAsync("/notifications");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notNumber.StatusCode);
        Assert.DoesNotContain("Salainen", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null((await NotificationSteps.OfAsync(site, owner.Id))[0].ReadAt);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/account/login", new Uri(new Uri("http://localhost"), anonymous.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task MailChoice_ShouldBeRespected_ANotificationWithoutMail_WhenCertificatesAreTurnedOff()
    {
        var email = $"quiet-{Guid.NewGuid():N}@example.fi";
        var user = await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "espoo");
        using var client = site.CreateSiteClient();
        await client.SignInAsync(email, SiteFactory.DefaultPassword);
        var (_, settings) = await client.GetPageAsync("/notifications/settings");

        var (saved, _) = await client.SubmitFormAsync("/notifications/settings", new Dictionary<string, string> { ["MailCertificates"] = "false", ["MailLessons"] = "true" });
        var (_, after) = await client.GetPageAsync("/notifications/settings");
        await CertificateSteps.ReadLessonAsync(client, site.National);
        await CertificateSteps.PassQuizAsync(client, site.National);
        await CertificateSteps.ReadLessonAsync(client, site.Espoo);
        await NotificationSteps.SendPendingMailAsync(site);

        Assert.NotNull(settings.QuerySelector("#mail-certificates[checked]"));
        Assert.Null(settings.QuerySelector("#mail-lessons[checked]"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Null(after.QuerySelector("#mail-certificates[checked]"));
        Assert.NotNull(after.QuerySelector("#mail-lessons[checked]"));
        var issued = Assert.Single(await NotificationSteps.OfAsync(site, user.Id));
        Assert.Equal((NotificationKinds.CertificateIssued, false), (issued.Kind, issued.MailPending));
        Assert.Equal(0, await NotificationSteps.MailCountAsync(site, email, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task PublishingALesson_ShouldNotifyEachLearnerOfTheRegionOnce_AndMailThoseWhoChoseIt()
    {
        var course = CourseSeed.NewId("nv");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, "vantaa", course + "-l")));
        var lessonUrl = $"/courses/{course}/lessons/{course}-l";
        var mailed = await site.CreateUserAsync($"mailed-{Guid.NewGuid():N}@example.fi", [Roles.Learner], homeRegion: "vantaa", language: "en");
        var quiet = await site.CreateUserAsync($"quiet-{Guid.NewGuid():N}@example.fi", [Roles.Learner], homeRegion: "vantaa");
        var elsewhere = await site.CreateUserAsync($"else-{Guid.NewGuid():N}@example.fi", [Roles.Learner], homeRegion: "helsinki");
        var (author, coordinator) = await AuditLog.SignedInAsync(site, [Roles.RegionalCoordinator], coordinatedRegions: ["vantaa"]);
        using var _ = author;
        using (var mailedClient = site.CreateSiteClient())
        {
            await mailedClient.SignInAsync(mailed.Email!, SiteFactory.DefaultPassword);
            await mailedClient.SubmitFormAsync("/notifications/settings", new Dictionary<string, string> { ["MailCertificates"] = "true", ["MailLessons"] = "true" });
        }

        await PublishNewVersionAsync(author, course, "Päivitetty oppitunti");
        await PublishNewVersionAsync(author, course, "Taas päivitetty");
        var mail = await Mailbox.FindToAsync(site, mailed.Email!);
        await NotificationSteps.SendPendingMailAsync(site);

        var notified = (await NotificationSteps.AboutAsync(site, lessonUrl)).ToLookup(n => n.UserId);
        Assert.Equal(NotificationKinds.LessonUpdated, Assert.Single(notified[mailed.Id]).Kind); // the second publish finds it unread
        Assert.Single(notified[quiet.Id]);
        Assert.Empty(notified[elsewhere.Id]);
        Assert.Empty(notified[coordinator.Id]);
        Assert.NotNull(mail);
        Assert.Contains("Lesson updated: ", mail, StringComparison.Ordinal);
        Assert.Contains(CertificateSite.PublicBaseUrl + lessonUrl, mail, StringComparison.Ordinal);
        Assert.Equal(0, await NotificationSteps.MailCountAsync(site, quiet.Email!, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Erasure_ShouldDeleteTheNotifications_AfterTheExportHeldThem()
    {
        var (client, user) = await AuditLog.SignedInAsync(site, [Roles.Learner], homeRegion: "espoo");
        using var learner = client;
        await NotificationSteps.NotifyAsync(site, user.Id, NotificationKinds.Reminder, "/dashboard");

        var export = JsonDocument.Parse(await learner.Http.GetStringAsync("/account/data?handler=Download"));
        var (deleted, _) = await DataRightsSteps.DeleteOwnAccountAsync(learner, SiteFactory.DefaultPassword);

        var exported = export.RootElement.GetProperty("notifications").GetProperty("notifications");
        Assert.Equal("reminder", Assert.Single(exported.EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await NotificationSteps.OfAsync(site, user.Id));
    }

    /// <summary>Saves a draft of the course's lesson with this title and publishes it, as its coordinator does.</summary>
    private static async Task PublishNewVersionAsync(SiteClient author, string course, string title)
    {
        var url = $"/authoring/courses/{course}/lessons/{course}-l";
        var (saved, _) = await author.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = title,
            ["Input.Text[fi]"] = "Uusi teksti " + title,
            ["Input.Minutes"] = "5",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var (published, _) = await author.SubmitFormAsync(url, new Dictionary<string, string> { ["publishAnyway"] = "true" }, "form[action*='handler=Publish']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
    }
}

public sealed class NotificationsTestsOnSqlite(SqliteCertificateSite site) : NotificationsTests(site), IClassFixture<SqliteCertificateSite>;

public sealed class NotificationsTestsOnPostgres(PostgresCertificateSite site) : NotificationsTests(site), IClassFixture<PostgresCertificateSite>;
