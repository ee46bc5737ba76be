using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// The <c>region</c> query value of the dashboard, checked against the user's scope on the server: empty for every
/// region in scope, <see cref="LearnerFilter.NoRegion"/> for the learners without a home region (national scope only),
/// or one region's id. A region outside the scope is <see cref="RegionChoiceStatus.Forbidden"/> and an unknown value
/// <see cref="RegionChoiceStatus.Unknown"/>: neither ever selects data.
/// </summary>
public sealed record RegionChoice(string Key, LearnerFilter Filter, RegionChoiceStatus Status)
{
    public static RegionChoice Resolve(string? key, RegionScope scope, IReadOnlyList<RegionInfo> regions)
    {
        if (string.IsNullOrEmpty(key))
        {
            return new(string.Empty, LearnerFilter.All, RegionChoiceStatus.Ok);
        }

        var filter = new LearnerFilter(Region: key);
        if (key == LearnerFilter.NoRegion)
        {
            return new(key, filter, scope.National ? RegionChoiceStatus.Ok : RegionChoiceStatus.Forbidden);
        }

        if (regions.All(r => r.Id != key))
        {
            return new(string.Empty, filter, RegionChoiceStatus.Unknown);
        }

        return new(key, filter, scope.Includes(key) ? RegionChoiceStatus.Ok : RegionChoiceStatus.Forbidden);
    }

    /// <summary>Whether learners of this home region (null: none) are in the choice; the scope is applied separately.</summary>
    public bool Includes(string? homeRegionId) => Filter.Region switch
    {
        null => true,
        LearnerFilter.NoRegion => homeRegionId is null,
        var region => homeRegionId == region,
    };
}
