using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;

namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// The <c>region</c> query value of a report, intersected with the user's scope on the server: empty for every
/// region in scope, <see cref="NationalKey"/> for the learners without a home region, or one region's id. A region
/// outside the scope is <see cref="RegionChoiceStatus.Forbidden"/> and an unknown value <see cref="RegionChoiceStatus.Unknown"/>:
/// neither ever selects data.
/// </summary>
public sealed record RegionChoice(string Key, LearnerSelection Selection, RegionChoiceStatus Status)
{
    public const string NationalKey = "national";

    public static RegionChoice Resolve(string? key, RegionScope scope, IReadOnlyList<RegionInfo> regions)
    {
        var none = new LearnerSelection(false, false, []);
        if (string.IsNullOrEmpty(key))
        {
            return new(string.Empty, LearnerSelection.Of(scope), RegionChoiceStatus.Ok);
        }

        if (key == NationalKey)
        {
            return scope.National
                ? new(key, new LearnerSelection(true, false, []), RegionChoiceStatus.Ok)
                : new(key, none, RegionChoiceStatus.Forbidden);
        }

        if (regions.All(r => r.Id != key))
        {
            return new(string.Empty, none, RegionChoiceStatus.Unknown);
        }

        return scope.Includes(key)
            ? new(key, new LearnerSelection(false, false, [key]), RegionChoiceStatus.Ok)
            : new(key, none, RegionChoiceStatus.Forbidden);
    }
}
