using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Reports.Services.Facts;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// The learners a caller may see, with their progress and status: the accounts come from SQL (scope and filter
/// applied there, always current), their progress from the shared <see cref="ReportFacts"/>. Without a status filter
/// the page is cut in SQL; a status filter needs every selected learner's status, which is one pass in memory.
/// </summary>
public sealed class LearnerStatuses(LearnerQueries queries, ReportFactsSource facts, TimeProvider time)
{
    /// <summary>Recently active: a lesson opened or read, or a quiz submitted, in this many days before now.</summary>
    public const int ActiveDays = 30;

    /// <summary>Rows per page on the learners page.</summary>
    public const int PageSize = 50;

    public async Task<LearnerPage> PageAsync(RegionScope scope, LearnerFilter filter, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        if (filter.Status is null)
        {
            var learners = queries.Learners(scope, filter);
            var total = await learners.CountAsync(cancellationToken);
            page = Math.Min(page, LastPage(total));
            var shown = await LearnerQueries.Ordered(learners).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
            var builder = await BuilderAsync(cancellationToken);
            return new LearnerPage([.. shown.Select(builder.Build)], total, page, PageSize);
        }

        var selected = await AllAsync(scope, filter, cancellationToken);
        page = Math.Min(page, LastPage(selected.Count));
        return new LearnerPage([.. selected.Skip((page - 1) * PageSize).Take(PageSize)], selected.Count, page, PageSize);
    }

    /// <summary>Every learner the filter selects, in the report's order (the CSV, the reminders, a status filter).</summary>
    public Task<IReadOnlyList<LearnerRow>> AllAsync(RegionScope scope, LearnerFilter filter, CancellationToken cancellationToken) =>
        RowsAsync(LearnerQueries.Ordered(queries.Learners(scope, filter)), filter.Status, cancellationToken);

    /// <summary>
    /// Every learner the filter selects, unordered and without name, e-mail or organisation (the columns a count never
    /// reads): the dashboard's rows, read in a fraction of the time of the full list.
    /// </summary>
    public Task<IReadOnlyList<LearnerRow>> ForCountingAsync(RegionScope scope, LearnerFilter filter, CancellationToken cancellationToken) =>
        RowsAsync(
            queries.Learners(scope, filter).Select(l => new LearnerIdentity { Id = l.Id, HomeRegionId = l.HomeRegionId, CreatedAt = l.CreatedAt, DeactivatedAt = l.DeactivatedAt }),
            filter.Status,
            cancellationToken);

    /// <summary>How many learners the filter (without its status) selects in each status.</summary>
    public async Task<LearnerStatusCounts> CountsAsync(RegionScope scope, LearnerFilter filter, CancellationToken cancellationToken)
    {
        var rows = await ForCountingAsync(scope, filter with { Status = null }, cancellationToken);
        return new LearnerStatusCounts(rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>One learner's row (the detail page).</summary>
    public async Task<LearnerRow> RowAsync(LearnerIdentity learner, CancellationToken cancellationToken) =>
        (await BuilderAsync(cancellationToken)).Build(learner);

    private async Task<IReadOnlyList<LearnerRow>> RowsAsync(IQueryable<LearnerIdentity> learners, LearnerStatus? status, CancellationToken cancellationToken)
    {
        var identities = await learners.ToListAsync(cancellationToken);
        var builder = await BuilderAsync(cancellationToken);
        var rows = identities.Select(builder.Build);
        return status is { } only ? [.. rows.Where(r => r.Status == only)] : [.. rows];
    }

    private static int LastPage(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    private async Task<LearnerRowBuilder> BuilderAsync(CancellationToken cancellationToken) =>
        new(await facts.LoadAsync(cancellationToken), time.GetUtcNow().AddDays(-ActiveDays));
}
