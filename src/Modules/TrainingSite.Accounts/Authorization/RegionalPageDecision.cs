using Microsoft.AspNetCore.Authorization;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts.Authorization;

/// <summary>What <see cref="RegionalPageFilter"/> decides for a page, apart from MVC so it can be tested alone.</summary>
public static class RegionalPageDecision
{
    public enum Outcome
    {
        Allowed,
        NotFound,
        Forbidden,
    }

    public static async Task<Outcome> DecideAsync(
        IRegionalPage page,
        string httpMethod,
        string? handlerName,
        Func<RegionalResource, RegionalOperation, Task<AuthorizationResult>> authorize,
        CancellationToken cancellationToken)
    {
        if (await page.LoadResourceAsync(cancellationToken) is not { } resource)
        {
            return Outcome.NotFound;
        }

        var result = await authorize(resource, page.OperationFor(httpMethod, handlerName));
        return result.Succeeded ? Outcome.Allowed : Outcome.Forbidden;
    }
}
