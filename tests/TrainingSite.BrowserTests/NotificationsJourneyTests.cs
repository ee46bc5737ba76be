using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingSite.Abstractions.Notifications;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// Issue 16's notifications in a browser: a coordinator's reminder and a certificate arrive for a learner, who sees the
/// unread count in the header, reads the list and the mail choices in Finnish, Swedish and English at 1280 and 375 px
/// (axe clean on each), then marks one and then all as read with the plain forms. The notifications are written through
/// the site's notifier; the reminder and certificate pathways themselves have functional tests.
/// </summary>
public sealed class NotificationsJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly (string Language, string Switch, string Header, string Reminder, string Certificate, string MarkAll)[] Languages =
    [
        ("fi", "Suomi", "Ilmoitukset, 2 lukematonta", "Koordinaattori muistuttaa sinua jatkamaan koulutusta", "Todistuksesi on myönnetty – voit ladata sen nyt", "Merkitse kaikki luetuiksi"),
        ("sv", "Svenska", "Aviseringar, 2 olästa", "Koordinatorn påminner dig om att fortsätta utbildningen", "Ditt intyg har utfärdats – du kan ladda ner det nu", "Markera alla som lästa"),
        ("en", "English", "Notifications, 2 unread notifications", "Your coordinator reminds you to continue the training", "Your certificate has been issued – you can download it now", "Mark all as read"),
    ];

    [Fact]
    public async Task AReminderAndACertificate_ShouldArriveAsNotifications_AxeCleanInEveryLanguageAndWidth()
    {
        var learner = await site.CreateUserAsync("ilmoitus@example.fi", [Roles.Learner], homeRegion: "espoo");
        await NotifyAsync(learner.Id, NotificationKinds.Reminder, "/dashboard");
        await NotifyAsync(learner.Id, NotificationKinds.CertificateIssued, "/certificates");
        var page = await site.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fdashboard");
        await page.GetByLabel("Sähköposti").FillAsync("ilmoitus@example.fi");
        await page.GetByLabel("Salasana").FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard");

        foreach (var text in Languages)
        {
            if (text.Language != "fi")
            {
                await page.GetByRole(AriaRole.Button, new() { Name = text.Switch }).ClickAsync();
            }

            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", text.Language);
            foreach (var width in new[] { 1280, 375 })
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.GetByRole(AriaRole.Link, new() { Name = text.Header, Exact = true }).ClickAsync();
                await page.WaitForURLAsync("**/notifications");
                var items = page.Locator("ol.notification-list > li");
                await Assertions.Expect(items).ToHaveCountAsync(2);
                await Assertions.Expect(items.Nth(0).GetByRole(AriaRole.Link)).ToHaveTextAsync(text.Certificate);
                await Assertions.Expect(items.Nth(1).GetByRole(AriaRole.Link)).ToHaveTextAsync(text.Reminder);
                await page.AssertAxeCleanAsync();
                await page.SaveAsync($"notifications-{text.Language}-{width}");

                await page.GotoAsync("/notifications/settings");
                await page.AssertAxeCleanAsync();
                await page.SaveAsync($"notifications-settings-{text.Language}-{width}");
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"the page scrolls sideways at {width} px");
            }
        }

        // In English at 375 px: one read with its own button ("Mark as read" plus the notification, for screen readers), then all at once.
        await page.GotoAsync("/notifications");
        await page.GetByRole(AriaRole.Button, new() { Name = Languages[2].Reminder }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Notifications, 1 unread notification", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main .notice")).ToHaveTextAsync("The notification was marked as read.");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("notifications-en-375-one-read");
        await page.GetByRole(AriaRole.Button, new() { Name = Languages[2].MarkAll }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Notifications", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main .lead")).ToHaveTextAsync("You have read all your notifications.");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("notifications-en-375-all-read");
    }

    private Task<int> NotifyAsync(string userId, string kind, string url) => site.WithServiceAsync(services =>
    {
        services.GetRequiredService<INotifier>().Notify(userId, kind, url);
        return services.GetRequiredService<TrainingDbContext>().SaveChangesAsync();
    });
}
