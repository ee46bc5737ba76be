using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Core.Localization;
using TrainingSite.Data;
using TrainingSite.Search.Querying;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// The directory search: words analysed as the guidance search analyses them (inflection, no diacritics, fi/sv/en),
/// every word required, filters for region (a region's points with the national services, or only the national
/// ones), topic, language served in person and open now or at a time (any channel open), the better matches first
/// (a word in the name before one in the notes), then by name. Answers from this node's snapshot of the published
/// points, checked against the database on every search (<see cref="DirectoryStamp"/>).
/// </summary>
public sealed class DirectorySearch(
    TrainingDbContext db,
    PublishedServicePoints points,
    IRegionDirectory regions,
    IGuidanceDirectory guidance,
    DirectorySnapshots snapshots,
    DirectoryIndexBuilder builder,
    QueryPlanner planner,
    OpeningHoursCalculator calculator,
    IStringLocalizer<ServiceDirectoryStrings> strings)
{
    public async Task<DirectoryIndex> IndexAsync(CancellationToken cancellationToken)
    {
        var regionList = await regions.ListAsync(cancellationToken);
        var topicList = await guidance.TopicsAsync(cancellationToken);
        var stamp = await DirectoryStamp.ReadAsync(db, regionList, topicList, cancellationToken);
        return await snapshots.CurrentAsync(stamp, previous => BuildAsync(stamp, regionList, topicList, previous, cancellationToken), cancellationToken);
    }

    public DirectorySearchResult Search(DirectoryIndex index, DirectorySearchRequest request)
    {
        var parsed = QueryParser.Parse(request.Query);
        var scores = parsed.IsEmpty ? null : DirectoryMatcher.Match(planner.Plan(parsed, index.Vocabulary.Answer(QueryPlanner.Needs(parsed))), index);
        var candidates = scores is null ? Enumerable.Range(0, index.Entries.Count) : scores.Keys;
        var found = new List<(int Position, DirectoryEntry Entry, float Score)>();
        var moment = request.Open == OpenFilter.Any ? null : OpenMoment.Of(calculator, request.At);
        foreach (var position in candidates)
        {
            var entry = index.Entries[position];
            if (Passes(entry, request, moment))
            {
                found.Add((position, entry, scores?[position] ?? 0f));
            }
        }

        var page = found
            .OrderByDescending(f => f.Score)
            .ThenBy(f => index.NameOrder(f.Position, request.Language))
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(f => new DirectoryHit(f.Entry, Math.Round(f.Score, 3), [.. f.Entry.Channels.Select(c => calculator.StatusAt(f.Entry.Hours, c, request.At))]))
            .ToList();
        return new DirectorySearchResult(found.Count, page, request.Page, request.PageSize);
    }

    /// <summary>
    /// A snapshot for <paramref name="stamp"/>: the published versions listed (ids only), the points whose version the
    /// previous snapshot already holds taken from it as they are (their region updated), only the others read whole
    /// and analysed, so a publish costs one point's analysis, not all of them. When a topic's name changed, which
    /// every point of the topic was analysed with, all are analysed again.
    /// </summary>
    private async Task<DirectoryIndex> BuildAsync(
        DirectoryStamp stamp, IReadOnlyList<RegionInfo> regionList, IReadOnlyList<TopicInfo> topicList, DirectoryIndex? previous, CancellationToken cancellationToken)
    {
        var reusable = previous is not null && SameTopics(previous.Topics, topicList) ? previous.ByVersion : new Dictionary<int, DirectoryEntry>();
        var published = await db.Set<ServicePointVersion>().AsNoTracking()
            .Where(v => v.IsPublished)
            .Join(db.Set<ServicePoint>(), v => v.PointId, p => p.Id, (v, p) => new { v.Id, v.PointId, p.RegionId })
            .ToListAsync(cancellationToken);
        var loaded = await points.FindManyAsync([.. published.Where(p => !reusable.ContainsKey(p.Id)).Select(p => p.PointId)], cancellationToken);
        var topicNames = topicList.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        var kindNames = new Dictionary<(string Kind, string Language), string>();
        string KindName(string kind, string language) =>
            kindNames.TryGetValue((kind, language), out var name) ? name : kindNames[(kind, language)] = strings.In(language, "Kind." + kind);

        var entries = new List<DirectoryEntry>(published.Count);
        foreach (var row in published.OrderBy(p => p.PointId, StringComparer.Ordinal))
        {
            if (reusable.TryGetValue(row.Id, out var entry))
            {
                entries.Add(entry.RegionId == row.RegionId ? entry : new DirectoryEntry(entry.Point with { RegionId = row.RegionId }, entry.Analysis));
            }
            else if (loaded.TryGetValue(row.PointId, out var point))
            {
                // Read after the list: a version published in between is taken now, and the next search's stamp differs.
                entries.Add(new DirectoryEntry(point, builder.Analyse(point.Version, topicNames, KindName)));
            }
        }

        return DirectoryIndexBuilder.Build(stamp, entries, regionList, topicList);
    }

    private static bool SameTopics(IReadOnlyList<TopicInfo> before, IReadOnlyList<TopicInfo> now) =>
        before.Count == now.Count && before.Zip(now).All(pair => pair.First.Id == pair.Second.Id
            && pair.First.Name.Count == pair.Second.Name.Count
            && pair.First.Name.All(name => pair.Second.Name.TryGetValue(name.Key, out var same) && same == name.Value));

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
