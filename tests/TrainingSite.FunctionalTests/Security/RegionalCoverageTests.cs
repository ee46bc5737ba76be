using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.FunctionalTests.Security;

/// <summary>
/// Every authoring and reports page the running site has, read from its endpoint data: each one either acts on one
/// regional item through <see cref="IRegionalPage"/> (the global filter loads and authorizes it before any handler
/// runs) or is a list or "new" page marked <see cref="RegionalListAttribute"/> that filters through the regional scope.
/// A page added tomorrow that does neither fails here. <see cref="AuthorizationWalkTests"/> then proves the behaviour.
/// </summary>
public abstract class RegionalCoverageTests(SecuritySite site)
{
    private static readonly string[] RegionalPrefixes = ["/authoring", "/reports"];

    [Fact]
    public async Task EveryAuthoringAndReportsPage_ShouldBeAuthorizedByTheRegionalFilterOrBeAScopedList()
    {
        // Arrange
        var pages = await RegionalPagesAsync();

        // Act
        var uncovered = pages.Where(p => !typeof(IRegionalPage).IsAssignableFrom(p.Model) && p.Model.GetCustomAttribute<RegionalListAttribute>() is null)
            .Select(p => $"{p.Template} ({p.Model.Name})")
            .ToList();

        // Assert
        Assert.True(pages.Count >= 10, $"Only {pages.Count} authoring pages were found: the discovery itself is broken.");
        Assert.True(uncovered.Count == 0, "Authoring or reports pages the regional filter does not cover (implement IRegionalPage or mark [RegionalList]):\n" + string.Join('\n', uncovered));
    }

    private async Task<List<(string Template, Type Model, IList<HandlerMethodDescriptor> Handlers)>> RegionalPagesAsync()
    {
        var loader = site.Services.GetRequiredService<PageLoader>();
        var pages = new List<(string, Type, IList<HandlerMethodDescriptor>)>();
        foreach (var endpoint in site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor && RegionalPrefixes.Any(p => template.StartsWith(p, StringComparison.Ordinal)))
            {
                var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
                pages.Add((template, page.ModelTypeInfo!.AsType(), page.HandlerMethods));
            }
        }

        return pages.DistinctBy(p => p.Item1).ToList();
    }
}

public sealed class RegionalCoverageTestsOnSqlite(SqliteSecuritySite site) : RegionalCoverageTests(site), IClassFixture<SqliteSecuritySite>;
