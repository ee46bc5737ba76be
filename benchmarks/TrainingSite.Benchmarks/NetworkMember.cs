namespace TrainingSite.Benchmarks;

/// <summary>
/// A counsellor of the network: network-only guidance articles are searchable only when signed in with the
/// NetworkMember role, and ten shipped articles (some of them judged answers) are network-only.
/// </summary>
public static class NetworkMember
{
    public static async Task SeedAsync(BenchmarkDatabase database) =>
        await BenchmarkSeed.InsertLearnersAsync(database, 1, async (sql, userId, _) =>
        {
            var role = await sql.ScalarAsync("SELECT \"Id\" FROM \"AspNetRoles\" WHERE \"Name\" = 'NetworkMember'");
            await sql.ExecuteAsync("INSERT INTO \"AspNetUserRoles\" (\"UserId\", \"RoleId\") VALUES (@id, @role)", ("@id", userId), ("@role", role));
        });

    /// <summary>Signs the seeded member in; the session's cookie header opens network articles.</summary>
    public static Task<LearnerSession> SignInAsync(string site) => LearnerSession.SignInAsync(site, BenchmarkSeed.LearnerEmail(1));
}
