using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace TrainingSite.Abstractions.Permissions;

/// <summary>
/// What a request does to a regional item (a course, its quiz, a guidance article, a region's reports), for
/// ASP.NET Core's resource-based authorization: <c>authorization.AuthorizeAsync(User, resource, RegionalOperation.Edit)</c>.
/// Which permission each operation needs is the item's <see cref="RegionalRules"/>.
/// </summary>
public sealed class RegionalOperation : OperationAuthorizationRequirement
{
    public static readonly RegionalOperation View = new(nameof(View));
    public static readonly RegionalOperation Edit = new(nameof(Edit));
    public static readonly RegionalOperation Publish = new(nameof(Publish));
    public static readonly RegionalOperation Delete = new(nameof(Delete));
    public static readonly RegionalOperation ViewStatistics = new(nameof(ViewStatistics));
    public static readonly RegionalOperation ViewReports = new(nameof(ViewReports));

    private RegionalOperation(string name) => Name = name;

    public override string ToString() => Name;
}
