using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Privacy;
using TrainingSite.Data.Configuration;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Trust;

/// <summary>
/// Logs never carry a recipient's e-mail address, and the pickup folder keeps no mail (live reset links) older than
/// the reset token's lifetime: old files go at start-up and whenever mail is written.
/// </summary>
public abstract class MailPrivacyTests(MailPrivacySite site)
{
    [Fact]
    public async Task ResetMail_ShouldLeaveTheAddressMaskedInTheLogs()
    {
        var email = $"anna.neuvoja-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner]);
        using var client = site.CreateSiteClient();

        await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        await MailFiles.ReadToAsync(site.MailFolder, email);

        Assert.DoesNotContain(email, site.Logs.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(PersonalDataMask.Email(email), site.Logs.Text, StringComparison.Ordinal);
        Assert.Equal("a***@example.fi", PersonalDataMask.Email(email));
    }

    [Fact]
    public async Task OldMailFiles_ShouldBeDeleted_WhenMailIsWritten()
    {
        var old = Path.Combine(site.MailFolder, $"old-{Guid.NewGuid():N}.eml");
        var recent = Path.Combine(site.MailFolder, $"recent-{Guid.NewGuid():N}.eml");
        Directory.CreateDirectory(site.MailFolder);
        await File.WriteAllTextAsync(old, "an expired reset link");
        await File.WriteAllTextAsync(recent, "a live reset link");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow - MailPrivacySite.TokenLifetime - TimeSpan.FromMinutes(5));
        var email = $"mail-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner]);
        using var client = site.CreateSiteClient();

        await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        await MailFiles.ReadToAsync(site.MailFolder, email);

        Assert.False(File.Exists(old), "a mail file older than the reset token lifetime is still there");
        Assert.True(File.Exists(recent));
    }

    [Fact]
    public void OldMailFiles_ShouldBeDeleted_AtStartUp_AndThePickupFolderWarnedAbout()
    {
        Assert.False(File.Exists(site.OldFileBeforeStart));
        Assert.Contains(site.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("Mail:Smtp:Host", StringComparison.Ordinal));
    }
}

/// <summary>A reset token lifetime of an hour, and an expired mail file in the folder before the site starts.</summary>
public abstract class MailPrivacySite : SiteFactory
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    public string OldFileBeforeStart => Path.Combine(MailFolder, "before-start.eml");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:ResetTokenLifetime"] = TokenLifetime.ToString(),
    };

    public override async Task InitializeAsync()
    {
        Directory.CreateDirectory(MailFolder);
        await File.WriteAllTextAsync(OldFileBeforeStart, "an expired reset link");
        File.SetLastWriteTimeUtc(OldFileBeforeStart, DateTime.UtcNow.AddDays(-1));
        await base.InitializeAsync();
    }
}

public sealed class SqliteMailPrivacySite : MailPrivacySite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresMailPrivacySite : MailPrivacySite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public sealed class MailPrivacyTestsOnSqlite(SqliteMailPrivacySite site) : MailPrivacyTests(site), IClassFixture<SqliteMailPrivacySite>;

public sealed class MailPrivacyTestsOnPostgres(PostgresMailPrivacySite site) : MailPrivacyTests(site), IClassFixture<PostgresMailPrivacySite>;
