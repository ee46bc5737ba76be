using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Configuration;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Quizzes;

/// <summary>A server restart mid-attempt loses nothing: a new host on the same database continues the same attempt.</summary>
public sealed class QuizRestartTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Attempt_ShouldContinue_AfterTheServerRestarts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string course;
        string attemptUrl;
        await using (var before = new SiteOn(database))
        {
            course = await QuizSeed.CourseWithQuizAsync(before);
            await before.CreateUserAsync("restart@example.fi", [Roles.Learner]);
            using var client = before.CreateSiteClient();
            await client.SignInAsync("restart@example.fi", SiteFactory.DefaultPassword);
            var (started, _) = await client.SubmitFormAsync($"/courses/{course}/quiz", new Dictionary<string, string>(), formSelector: "form[action*='Start']");
            attemptUrl = started.Headers.Location!.OriginalString;
            var token = await client.AntiforgeryTokenAsync();
            await client.PostAsync(attemptUrl + "?handler=Save", [new("__RequestVerificationToken", token), new("answer:tf", "true"), new("answer:single", "a")]);
        }

        await using var after = new SiteOn(database);
        using var again = after.CreateSiteClient();
        await again.SignInAsync("restart@example.fi", SiteFactory.DefaultPassword);
        var (resumed, _) = await again.SubmitFormAsync($"/courses/{course}/quiz", new Dictionary<string, string>(), formSelector: "form[action*='Start']");
        var (page, document) = await again.GetPageAsync(attemptUrl);

        Assert.Equal(attemptUrl, resumed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotNull(document.QuerySelector("input[name='answer:tf'][value='true'][checked]"));
        Assert.NotNull(document.QuerySelector("input[name='answer:single'][value='a'][checked]"));
    }

    /// <summary>A site on a database the test owns, so two hosts in a row can share it.</summary>
    private sealed class SiteOn(TestDatabase database) : SiteFactory
    {
        public override DatabaseProvider Provider => database.Provider;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", database.Provider.ToString());
            builder.UseSetting("ConnectionStrings:TrainingSite", database.ConnectionString);
            builder.UseSetting("Mail:PickupFolder", MailFolder);
        }
    }
}
