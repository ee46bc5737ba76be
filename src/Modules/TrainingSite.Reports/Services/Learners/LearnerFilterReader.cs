using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Data.Identity;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// Reads the learners filter (region, organisation, status, course, page) from a query or a form, checks every value
/// against the caller's scope and what exists, and never throws on what a URL can carry.
/// </summary>
public sealed class LearnerFilterReader(IRegionDirectory regions, ILearningFacts learning, LearnerQueries queries)
{
    public static readonly string[] Fields = ["region", "organisation", "status", "course", "page"];

    public async Task<LearnerFilterOptions> OptionsAsync(RegionScope scope, CancellationToken cancellationToken) => new(
        [.. (await regions.ListAsync(cancellationToken)).Where(r => scope.Includes(r.Id))],
        scope.National,
        await queries.OrganisationsAsync(scope, cancellationToken),
        await learning.PublishedCoursesAsync(cancellationToken));

    public static LearnerFilterRequest Read(Func<string, string?> value, RegionScope scope, LearnerFilterOptions options)
    {
        var values = Fields.ToDictionary(f => f, f => (value(f) ?? string.Empty).Trim(), StringComparer.Ordinal);
        var errors = new List<string>();
        var outOfScope = false;

        string? region = values["region"] is { Length: > 0 } r ? r : null;
        if (region == LearnerFilter.NoRegion ? !scope.National : region is not null && !options.Regions.Any(o => o.Id == region))
        {
            outOfScope = true; // Unknown and out of scope answer alike, so the URL tells nothing about other regions.
        }

        string? organisation = values["organisation"] is { Length: > 0 } o ? o : null;
        if (organisation is { Length: > TrainingUser.OrganisationMaxLength })
        {
            errors.Add("Filter.OrganisationTooLong");
            values["organisation"] = string.Empty;
        }

        LearnerStatus? status = null;
        if (values["status"] is { Length: > 0 } s)
        {
            if (Enum.GetNames<LearnerStatus>().FirstOrDefault(n => string.Equals(n, s, StringComparison.OrdinalIgnoreCase)) is { } name)
            {
                status = Enum.Parse<LearnerStatus>(name);
                values["status"] = name;
            }
            else
            {
                errors.Add("Filter.StatusUnknown");
                values["status"] = string.Empty;
            }
        }

        string? course = values["course"] is { Length: > 0 } c ? c : null;
        if (course is not null && !options.Courses.Any(x => x.Id == course))
        {
            errors.Add("Filter.CourseUnknown");
            values["course"] = string.Empty;
        }

        // A page number out of range is not an error: the first or the last page is shown.
        var page = int.TryParse(values["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) ? Math.Max(1, p) : 1;
        values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);

        return new LearnerFilterRequest(new LearnerFilter(region, errors.Count == 0 ? organisation : null, status, course), page, errors, outOfScope, values);
    }
}
