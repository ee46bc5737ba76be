using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Core.Localization;
using TrainingSite.Data;
using TrainingSite.Search.Querying;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// The directory search: words analysed as the guidance search analyses them (inflection, no diacritics, fi/sv/en),
/// every word required, filters for region (a region's points with the national services, or only the national
/// ones), topic, language served in person and open now or at a time (any channel open), the better matches first
/// (a word in the name before one in the notes), then by name. Answers from this node's snapshot of the published
/// points, checked against the database on every search.
/// </summary>
public sealed class DirectorySearch(
    TrainingDbContext db,
    PublishedServicePoints points,
    IRegionDirectory regions,
    IGuidanceTopics topics,
    DirectorySnapshots snapshots,
    DirectoryIndexBuilder builder,
    QueryPlanner planner,
    OpeningHoursCalculator calculator,
    IStringLocalizer<ServiceDirectoryStrings> strings)
{
    public async Task<DirectoryIndex> IndexAsync(CancellationToken cancellationToken)
    {
        var stamp = await DirectoryStamp.ReadAsync(db, cancellationToken);
        var kindNames = new Dictionary<(string Kind, string Language), string>();
        return await snapshots.CurrentAsync(stamp, async current => builder.Build(
            current,
            await points.AllAsync(cancellationToken),
            await regions.ListAsync(cancellationToken),
            await topics.ListAsync(cancellationToken),
            (kind, language) => kindNames.TryGetValue((kind, language), out var name) ? name : kindNames[(kind, language)] = strings.In(language, "Kind." + kind)),
            cancellationToken);
    }

    public DirectorySearchResult Search(DirectoryIndex index, DirectorySearchRequest request)
    {
        var parsed = QueryParser.Parse(request.Query);
        var scores = parsed.IsEmpty ? null : DirectoryMatcher.Match(planner.Plan(parsed, index.Vocabulary.Answer(QueryPlanner.Needs(parsed))), index);
        var candidates = scores is null ? Enumerable.Range(0, index.Entries.Count) : scores.Keys;
        var found = new List<(DirectoryEntry Entry, float Score)>();
        var moment = request.Open == OpenFilter.Any ? null : OpenMoment.Of(calculator, request.At);
        foreach (var position in candidates)
        {
            var entry = index.Entries[position];
            if (Passes(entry, request, moment))
            {
                found.Add((entry, scores?[position] ?? 0f));
            }
        }

        var page = found
            .OrderByDescending(f => f.Score)
            .ThenBy(f => f.Entry.NameOrder(request.Language))
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(f => new DirectoryHit(f.Entry, Math.Round(f.Score, 3), [.. f.Entry.Channels.Select(c => calculator.StatusAt(f.Entry.Hours, c, request.At))]))
            .ToList();
        return new DirectorySearchResult(found.Count, page, request.Page, request.PageSize);
    }

    /// <summary>
    /// The filters. A region shows its own points and the national services, which serve every region (a counsellor
    /// in Espoo refers to Espoo's points and to Migri alike); "national" shows only the national services.
    /// </summary>
    private bool Passes(DirectoryEntry entry, DirectorySearchRequest request, OpenMoment? moment) =>
        (request.Region is null
            || entry.RegionId is null
            || (request.Region != DirectorySearchRequest.National && entry.RegionId == request.Region))
        && (request.Topic is null || entry.Topics.Contains(request.Topic))
        && (request.ServedLanguage is null || entry.Languages.Contains(request.ServedLanguage))
        && (moment is null || OpenCheck.AnyOpen(calculator, entry, moment));
}
