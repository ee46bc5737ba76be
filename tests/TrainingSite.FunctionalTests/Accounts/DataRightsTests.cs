using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.PersonalData;
using TrainingSite.Certificates.Services;
using TrainingSite.Data;
using TrainingSite.FunctionalTests.Certificates;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>GDPR articles 15, 17 and 20: a person sees and downloads their data and deletes their account; administrators deactivate and delete.</summary>
public abstract class DataRightsTests(CertificateSite site)
{
    [Fact]
    public async Task Export_ShouldHoldTheUsersProgressAttemptsAndCertificate_AndNothingOfAnother()
    {
        var (client, certificate, email) = await CertificateSteps.HolderAsync(site);
        var (other, otherCertificate, otherEmail) = await CertificateSteps.HolderAsync(site, "helsinki");
        other.Dispose();

        var (page, summary) = await client.GetPageAsync("/account/data", "en");
        var download = await client.Http.GetAsync("/account/data?handler=Download");
        var json = await download.Content.ReadAsStringAsync();
        using var export = JsonDocument.Parse(json);
        var root = export.RootElement;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.Contains("Lessons read: 2", summary.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Certificates with their codes: 1", summary.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Home region: Espoo", summary.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.True(download.Headers.CacheControl?.NoStore);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(email, root.GetProperty("account").GetProperty("email").GetString());
        Assert.Contains(Roles.Learner, root.GetProperty("account").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(root.GetProperty("lessonProgress").EnumerateArray(),
            p => p.GetProperty("lessonId").GetString() == site.National + "-l" && p.GetProperty("readAt").ValueKind == JsonValueKind.String);
        var attempt = Assert.Single(root.GetProperty("quizAttempts").EnumerateArray());
        Assert.Equal(100, attempt.GetProperty("scorePercent").GetInt32());
        Assert.True(attempt.GetProperty("passed").GetBoolean());
        var answers = attempt.GetProperty("answers").EnumerateArray().ToList();
        Assert.Equal(3, answers.Count);
        Assert.Contains(answers, a => a.GetProperty("questionId").GetString() == "multiple"
            && a.GetProperty("choiceIds").EnumerateArray().Select(c => c.GetString()).SequenceEqual(["a", "b"]));
        Assert.Equal(VerificationCode.Format(certificate.Code), Assert.Single(root.GetProperty("certificates").EnumerateArray()).GetProperty("code").GetString());
        Assert.DoesNotContain(otherEmail, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(otherCertificate.Code, json.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(otherCertificate.HolderName, json, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task Export_ShouldListAuthoredVersionsById_AndFindVersionsWrittenBeforeIdsByName()
    {
        var (client, user, _, lessonUrl) = await DataRightsSteps.AuthoringHolderAsync(site);
        var lessonId = lessonUrl.Split('/')[^1];

        var byId = await DataRightsSteps.AuthoredLessonVersionsAsync(client);
        var forgotten = await DataRightsSteps.ForgetAuthorIdsAsync(site, user.Id);
        var byName = await DataRightsSteps.AuthoredLessonVersionsAsync(client);
        var (deleted, _) = await DataRightsSteps.DeleteOwnAccountAsync(client, SiteFactory.DefaultPassword);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (_, history) = await admin.GetPageAsync(lessonUrl + "/history", "sv");

        var version = Assert.Single(byId);
        Assert.Equal(lessonId, version.GetProperty("itemId").GetString());
        Assert.True(version.GetProperty("wrote").GetBoolean());
        Assert.True(version.GetProperty("versionId").GetInt32() > 0);
        Assert.Equal(1, forgotten);
        Assert.Equal(version.GetProperty("versionId").GetInt32(), Assert.Single(byName).GetProperty("versionId").GetInt32());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("raderad användare", history.QuerySelectorAll("tbody tr td:nth-child(3)").Select(td => td.TextContent.Trim()));
        Assert.DoesNotContain(user.DisplayName, history.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task Delete_ShouldChangeNothing_WhenThePasswordIsWrong()
    {
        var (client, certificate, email) = await CertificateSteps.HolderAsync(site);
        var before = await DataRightsSteps.CountsAsync(site);

        var (response, page) = await DataRightsSteps.DeleteOwnAccountAsync(client, "Väärä-salasana-1");
        var (stillSignedIn, _) = await client.GetPageAsync("/account/data");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Salasana on väärä", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        Assert.Single(await CertificateSteps.CertificatesOfAsync(site, email));
        var record = await DataRightsSteps.CertificateAsync(site, certificate.Id);
        Assert.Null(record.RevokedAt);
        Assert.Equal(certificate.HolderName, record.HolderName);
        Assert.Equal(before, await DataRightsSteps.CountsAsync(site));
        client.Dispose();
    }

    [Fact]
    public async Task Delete_ShouldEraseThePerson_KeepAnonymousStatistics_RevokeTheCertificate_AndShowDeletedUser()
    {
        var (client, user, certificate, lessonUrl) = await DataRightsSteps.AuthoringHolderAsync(site);
        var before = await DataRightsSteps.CountsAsync(site);
        var held = await DataRightsSteps.HeldByAsync(site, user.Id);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (deleted, _) = await DataRightsSteps.DeleteOwnAccountAsync(client, SiteFactory.DefaultPassword);
        var (afterwards, _) = await client.GetPageAsync("/account/data");
        using var employer = site.CreateSiteClient();
        var (_, verify) = await employer.GetPageAsync("/certificates/verify/" + VerificationCode.Format(certificate.Code), "en");
        var (_, history) = await admin.GetPageAsync(lessonUrl + "/history", "en");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/account/deleted", deleted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Null(await DataRightsSteps.FindUserAsync(site, user.Id));
        Assert.Equal(before, await DataRightsSteps.CountsAsync(site));
        Assert.Equal((0, 0), await DataRightsSteps.HeldByAsync(site, user.Id));
        var record = await DataRightsSteps.CertificateAsync(site, certificate.Id);
        var standIn = await DataRightsSteps.FindUserAsync(site, record.UserId);
        Assert.NotNull(standIn);
        Assert.NotNull(standIn.ErasedAt);
        Assert.Null(standIn.Email);
        Assert.Equal(string.Empty, standIn.DisplayName);
        Assert.Null(standIn.PasswordHash);
        Assert.Equal(held, await DataRightsSteps.HeldByAsync(site, standIn.Id));
        Assert.NotNull(record.RevokedAt);
        Assert.Equal(CertificatesData.DeletedReason, record.RevocationReason);
        Assert.Equal(string.Empty, record.HolderName);
        var verifyText = verify.QuerySelector("main")!.TextContent;
        Assert.Contains("The certificate has been revoked", verifyText, StringComparison.Ordinal);
        Assert.DoesNotContain(certificate.HolderName, verifyText, StringComparison.Ordinal);
        var authorCells = history.QuerySelectorAll("tbody tr td:nth-child(3)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("deleted user", authorCells);
        Assert.DoesNotContain(user.DisplayName, history.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await site.CreateUserAsync(user.Email!, [Roles.Learner]); // the address can register again
        client.Dispose();
    }

    [Fact]
    public async Task Deactivate_ShouldRefuseSignIn_EndTheExistingSession_AndShowInTheList()
    {
        await using var factory = DataRightsSteps.WithImmediateStampCheck(site);
        var email = $"deactivated-{Guid.NewGuid():N}@example.fi";
        var person = await site.CreateUserAsync(email, [Roles.Learner]);
        var adminEmail = $"admin-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(adminEmail, [Roles.Administrator]);
        using var learner = DataRightsSteps.ClientOf(factory);
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);
        using var admin = DataRightsSteps.ClientOf(factory);
        await admin.SignInAsync(adminEmail, SiteFactory.DefaultPassword);

        var (deactivated, _) = await admin.SubmitFormAsync($"/admin/users/{person.Id}", new Dictionary<string, string>(), formSelector: "form[action*='Deactivate']");
        var (oldCookie, _) = await learner.GetPageAsync("/account/data");
        using var again = DataRightsSteps.ClientOf(factory);
        var (signIn, _) = await again.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = SiteFactory.DefaultPassword });
        var (_, list) = await admin.GetPageAsync("/admin/users?q=" + Uri.EscapeDataString(email), "en");
        var (reactivated, _) = await admin.SubmitFormAsync($"/admin/users/{person.Id}", new Dictionary<string, string>(), formSelector: "form[action*='Reactivate']");

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, oldCookie.StatusCode);
        Assert.StartsWith("/account/login", oldCookie.Headers.Location?.PathAndQuery ?? oldCookie.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("Deactivated", list.QuerySelector("tbody tr")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        await again.SignInAsync(email, SiteFactory.DefaultPassword);
    }

    [Fact]
    public async Task AdminDelete_ShouldEraseAfterConfirmation()
    {
        var (client, certificate, email) = await CertificateSteps.HolderAsync(site);
        client.Dispose();
        var person = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Users.AsNoTracking().SingleAsync(u => u.Email == email));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (confirmation, confirmationPage) = await admin.GetPageAsync($"/admin/users/{person.Id}/delete", "en");
        var (deleted, _) = await admin.SubmitFormAsync($"/admin/users/{person.Id}/delete", new Dictionary<string, string>());
        var (gone, _) = await admin.GetPageAsync($"/admin/users/{person.Id}");

        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Contains(email, confirmationPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Null(await DataRightsSteps.FindUserAsync(site, person.Id));
        Assert.NotNull((await DataRightsSteps.CertificateAsync(site, certificate.Id)).RevokedAt);
    }

    [Fact]
    public async Task LastAdministrator_ShouldBeNeitherDeactivatedNorDeleted()
    {
        var email = $"last-admin-{Guid.NewGuid():N}@example.fi";
        var last = await site.CreateUserAsync(email, [Roles.Administrator]);
        using var client = site.CreateSiteClient();
        await client.SignInAsync(email, SiteFactory.DefaultPassword);
        await site.WithServiceAsync(async services =>
        {
            // Every other administrator of this fixture is deactivated, so this one is the last active one.
            var db = services.GetRequiredService<TrainingDbContext>();
            var others = from userRole in db.UserRoles
                         join role in db.Roles on userRole.RoleId equals role.Id
                         where role.Name == Roles.Administrator && userRole.UserId != last.Id
                         select userRole.UserId;
            return await db.Users.Where(u => others.Contains(u.Id)).ExecuteUpdateAsync(set => set.SetProperty(u => u.DeactivatedAt, DateTimeOffset.UtcNow));
        });

        var (ownDelete, ownDeletePage) = await DataRightsSteps.DeleteOwnAccountAsync(client, SiteFactory.DefaultPassword);
        var (deactivate, deactivatePage) = await client.SubmitFormAsync($"/admin/users/{last.Id}", new Dictionary<string, string>(), formSelector: "form[action*='Deactivate']");
        var (adminDelete, _) = await client.SubmitFormAsync($"/admin/users/{last.Id}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, ownDelete.StatusCode);
        Assert.Contains("ainoa aktiivinen ylläpitäjä", ownDeletePage.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, deactivate.StatusCode);
        Assert.NotNull(deactivatePage.QuerySelector(".error-summary"));
        Assert.Equal(HttpStatusCode.BadRequest, adminDelete.StatusCode);
        var still = await DataRightsSteps.FindUserAsync(site, last.Id);
        Assert.NotNull(still);
        Assert.Null(still.DeactivatedAt);
        Assert.Equal(email, still.Email);
    }
}

public sealed class DataRightsTestsOnSqlite(SqliteCertificateSite site) : DataRightsTests(site), IClassFixture<SqliteCertificateSite>;

public sealed class DataRightsTestsOnPostgres(PostgresCertificateSite site) : DataRightsTests(site), IClassFixture<PostgresCertificateSite>;
