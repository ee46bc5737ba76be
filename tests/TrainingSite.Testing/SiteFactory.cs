using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;
using TrainingSite.Data.Identity;
using TrainingSite.Data.Regions;
using Xunit;

namespace TrainingSite.Testing;

/// <summary>
/// The whole site, started in memory on a database of its own (migrations and first-run recipes applied
/// as on a real start). One per test class and provider; the same test classes run on both providers.
/// </summary>
public abstract class SiteFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DefaultPassword = "Koulutus-2026!";

    /// <summary>
    /// Test hosts hold no inotify watchers (the user's limit is 128 and a full run starts more hosts than that): they
    /// do not reload their settings files, and the file providers (the web root, which asp-append-version watches)
    /// poll instead of watching.
    /// </summary>
    static SiteFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private readonly List<string> _temporaryIndexFolders = [];
    private TestDatabase? _database;

    public abstract DatabaseProvider Provider { get; }

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture has not been initialised.");

    /// <summary>Where the site writes mail as .eml files (no SMTP in tests).</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "trainingsite-tests", "mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// The search index folder (<c>Search:IndexFolder</c>) the host uses; when not set, each host this factory
    /// starts (including one made by <c>WithWebHostBuilder</c>) gets a new temporary folder, deleted on dispose.
    /// </summary>
    public string? IndexFolder { get; init; }

    /// <summary>What the site logged, from its start.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Extra settings a fixture or test wants (key: configuration path).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _ = Services; // Start the host: migrations and first-run recipes run now, not inside the first test.
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Stops the site, then drops its database, mail folder and temporary index folders.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }

        foreach (var folder in _temporaryIndexFolders.Append(MailFolder).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A browser-like client; with <paramref name="clientAddress"/> its requests come from that address.</summary>
    public SiteClient CreateSiteClient(string? clientAddress = null)
    {
        var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (clientAddress is not null)
        {
            http.DefaultRequestHeaders.Add(TestClientAddress.Header, clientAddress);
        }

        return new SiteClient(http);
    }

    /// <summary>Creates a user directly (faster than the register page, which has tests of its own).</summary>
    public async Task<TrainingUser> CreateUserAsync(
        string email, string[] roles, string? homeRegion = null, string[]? coordinatedRegions = null, string? language = null, string password = DefaultPassword)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>();
        var user = new TrainingUser
        {
            UserName = email,
            Email = email,
            DisplayName = email.Split('@')[0],
            HomeRegionId = homeRegion,
            PreferredLanguage = language,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        if (coordinatedRegions is { Length: > 0 })
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            db.RegionCoordinators.AddRange(coordinatedRegions.Select(r => new RegionCoordinator { UserId = user.Id, RegionId = r }));
            await db.SaveChangesAsync();
        }

        return user;
    }

    /// <summary>A client already signed in as a new user with these roles.</summary>
    public async Task<SiteClient> SignedInClientAsync(string[] roles, string? homeRegion = null, string[]? coordinatedRegions = null, string? language = null)
    {
        var email = $"{string.Join("-", roles).ToLowerInvariant()}-{Guid.NewGuid():N}@example.fi";
        await CreateUserAsync(email, roles, homeRegion, coordinatedRegions, language);
        var client = CreateSiteClient();
        await client.SignInAsync(email, DefaultPassword);
        return client;
    }

    public async Task<T> WithServiceAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>
    /// Gives every host its own search index folder. Set here rather than in <see cref="ConfigureWebHost"/>, which
    /// subclasses replace, and added last, so it wins over every other configuration source.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var folder = IndexFolder;
        if (folder is null)
        {
            folder = Path.Combine(Path.GetTempPath(), "trainingsite-tests", "search-" + Guid.NewGuid().ToString("N"));
            lock (_temporaryIndexFolders)
            {
                _temporaryIndexFolders.Add(folder);
            }
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection([new("Search:IndexFolder", folder)]));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:TrainingSite", Database.ConnectionString);
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Mail:Smtp:Host", string.Empty);

        // Sessions are checked against the database on every request, so a test sees a sign-out or a new
        // role at once instead of after the site's 30 seconds.
        builder.UseSetting("Accounts:SessionValidationInterval", "00:00:00");

        // Test clients are scripts sharing one address (TestServer gives none), not people typing: the rate-limit
        // tests set small limits of their own. Certificate lookups keep theirs (CertificateSite sets them).
        foreach (var bucket in new[] { "Search", "SignIn", "Registration", "PasswordReset", "Forms" })
        {
            builder.UseSetting($"RateLimits:{bucket}", "100000");
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TestClientAddress>());
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
