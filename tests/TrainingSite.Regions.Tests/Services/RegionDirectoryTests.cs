using TrainingSite.Abstractions.Localization;
using TrainingSite.Data.Regions;
using TrainingSite.Regions.Services;
using TrainingSite.Tests.Shared;

namespace TrainingSite.Regions.Tests.Services;

public sealed class RegionDirectoryTests : IDisposable
{
    private readonly InMemoryDatabase _database = new();

    [Fact]
    public async Task List_ShouldOrderRegionsById_AndReadThemOncePerScope()
    {
        await AddAsync("vantaa", "espoo", "helsinki");
        await using var db = _database.NewContext();
        var directory = new RegionDirectory(db);

        var first = await directory.ListAsync();
        await AddAsync("kokkola");
        var second = await directory.ListAsync();

        Assert.Equal(["espoo", "helsinki", "vantaa"], first.Select(r => r.Id));
        Assert.Same(first, second);
        Assert.Equal("Espoo", first[0].Name["fi"]);
    }

    [Fact]
    public async Task List_ShouldSeeNewRegions_InANewScope()
    {
        await AddAsync("espoo");
        await using (var db = _database.NewContext())
        {
            await new RegionDirectory(db).ListAsync();
        }

        await AddAsync("kokkola");
        await using var next = _database.NewContext();

        Assert.Equal(["espoo", "kokkola"], (await new RegionDirectory(next).ListAsync()).Select(r => r.Id));
    }

    [Theory]
    [InlineData("espoo", true)]
    [InlineData("Espoo", false)]
    [InlineData("vantaa", false)]
    public async Task Exists_ShouldAnswerForTheExactId(string id, bool exists)
    {
        await AddAsync("espoo");
        await using var db = _database.NewContext();
        var source = new RegionReferenceSource(db);

        Assert.Equal("region", source.Kind);
        Assert.Equal(exists, await source.ExistsAsync(id, CancellationToken.None));
    }

    public void Dispose() => _database.Dispose();

    private async Task AddAsync(params string[] ids)
    {
        await using var db = _database.NewContext();
        foreach (var id in ids)
        {
            db.Regions.Add(new Region { Id = id, Name = new LocalizedText(new Dictionary<string, string> { ["fi"] = char.ToUpperInvariant(id[0]) + id[1..] }) });
        }

        await db.SaveChangesAsync();
    }
}
