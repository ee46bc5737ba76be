using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;
using TrainingSite.Data;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>/admin/certificates finds a certificate by part of its code as typed, and reads every other text as text.</summary>
public abstract class CertificateSearchTests(SiteFactory site)
{
    [Fact]
    public async Task Search_ShouldFindACertificate_ByPartOfItsCode_InAnyCase()
    {
        var code = await CertificateWithCodeAsync();
        var part = code.Substring(2, 8); // across the dashes between the groups
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (upper, upperPage) = await admin.GetPageAsync($"/admin/certificates?q={part}");
        var (_, lowerPage) = await admin.GetPageAsync($"/admin/certificates?q={part.ToLowerInvariant()}");
        var (_, dashedPage) = await admin.GetPageAsync($"/admin/certificates?q={code[1..4]}-{code[4..8]}");
        var (_, wholePage) = await admin.GetPageAsync($"/admin/certificates?q={code[..4]}-{code[4..8]}-{code[8..12]}-{code[12..]}");

        Assert.Equal(HttpStatusCode.OK, upper.StatusCode);
        foreach (var page in new[] { upperPage, lowerPage, dashedPage, wholePage })
        {
            var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
            Assert.Contains($"{code[..4]}-{code[4..8]}", row.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("%%'--")]
    [InlineData("\\")]
    public async Task Search_ShouldMatchNothing_WhenTheInputIsOnlyLikeWildcardsOrSql(string query)
    {
        await CertificateWithCodeAsync();
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (response, page) = await admin.GetPageAsync($"/admin/certificates?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }

    /// <summary>A certificate whose code holds ZX6Z between random characters, stored in canonical form as the issuer stores codes.</summary>
    private async Task<string> CertificateWithCodeAsync()
    {
        var holder = await site.CreateUserAsync($"searched-{Guid.NewGuid():N}@example.fi", [Roles.Learner], homeRegion: "espoo");
        var code = VerificationCode.New()[..4] + "ZX6Z" + VerificationCode.New()[..8];
        await site.WithServiceAsync(async services =>
        {
            var db = services.GetRequiredService<TrainingDbContext>();
            db.Set<Certificate>().Add(new Certificate
            {
                UserId = holder.Id,
                Programme = CertificateProgrammes.TrainingPackage,
                Code = code,
                HolderName = "Haettava Henkilö",
                RegionId = "espoo",
                CompletedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return code;
    }
}

public sealed class CertificateSearchTestsOnSqlite(SqliteSiteFactory site) : CertificateSearchTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class CertificateSearchTestsOnPostgres(PostgresSiteFactory site) : CertificateSearchTests(site), IClassFixture<PostgresSiteFactory>;
