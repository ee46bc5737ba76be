using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Audit;
using TrainingSite.AuditTrail.Paging;
using TrainingSite.Core.Localization;

namespace TrainingSite.AuditTrail.Services;

/// <summary>
/// The filter as typed into the GET form (and in the paging links). <see cref="Validate"/> turns it into
/// <see cref="AuditCriteria"/> or adds a localized message per field: an unknown kind or item type, a date that is not
/// yyyy-mm-dd (or the UI language's short date, e.g. 6.12.2026), a period that ends before it starts.
/// </summary>
public sealed class AuditFilterForm
{
    /// <summary>The region filter's value for events with no region (the national part, the whole site).</summary>
    public const string National = "national";

    public const int TextMaxLength = 100;

    public string? Kind { get; set; }

    public string? Actor { get; set; }

    public string? Region { get; set; }

    public string? Type { get; set; }

    public string? Item { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? After { get; set; }

    public bool IsFiltered => new[] { Kind, Actor, Region, Type, Item, From, To }.Any(v => !string.IsNullOrWhiteSpace(v));

    public AuditCriteria? Validate(ModelStateDictionary modelState, IStringLocalizer strings)
    {
        var kind = Clean(Kind);
        if (kind is not null && !AuditKinds.All.Contains(kind))
        {
            modelState.AddModelError("kind", strings["Filter.UnknownKind"]);
        }

        var type = Clean(Type);
        if (type is not null && !AuditItemTypes.All.Contains(type))
        {
            modelState.AddModelError("type", strings["Filter.UnknownType"]);
        }

        var from = ParseDate("from", From, modelState, strings);
        var to = ParseDate("to", To, modelState, strings);
        if (from is not null && to is not null && to < from)
        {
            modelState.AddModelError("to", strings["Filter.PeriodReversed"]);
        }

        AuditCursor? after = null;
        if (Clean(After) is { } cursor && !AuditCursor.TryParse(cursor, out after))
        {
            modelState.AddModelError(string.Empty, strings["Filter.BadPage"]);
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        var region = Clean(Region);
        return new AuditCriteria
        {
            Kind = kind,
            Actor = Clean(Actor),
            RegionId = region == National ? null : region,
            NationalOnly = region == National,
            ItemType = type,
            Item = Clean(Item),
            FromUtc = from is { } first ? SiteTime.StartOfDayUtc(first) : null,
            ToUtc = to is { } last ? SiteTime.StartOfDayUtc(last.AddDays(1)) : null,
            After = after,
        };
    }

    /// <summary>The query string of this filter (without the page), for the paging links.</summary>
    public string QueryString(string? after = null)
    {
        var pairs = new[] { ("kind", Kind), ("actor", Actor), ("region", Region), ("type", Type), ("item", Item), ("from", From), ("to", To), ("after", after) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!.Trim()));
        return "?" + string.Join("&", pairs);
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, TextMaxLength)];

    private static DateOnly? ParseDate(string field, string? text, ModelStateDictionary modelState, IStringLocalizer strings)
    {
        if (Clean(text) is not { } value)
        {
            return null;
        }

        // ISO (the date picker), then the site's own "6.12.2026" in every language (English's culture would read it as
        // 12 June), then whatever else the culture reads.
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(value, "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            || DateOnly.TryParse(value, CultureInfo.CurrentCulture, DateTimeStyles.None, out date))
        {
            if (date.Year >= 2000 && date.Year <= 9998)
            {
                return date;
            }
        }

        modelState.AddModelError(field, strings[field == "from" ? "Filter.BadFrom" : "Filter.BadTo"]);
        return null;
    }
}
