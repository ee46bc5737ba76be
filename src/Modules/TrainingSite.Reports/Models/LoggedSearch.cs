namespace TrainingSite.Reports.Models;

/// <summary>
/// One guidance search in the search log: the normalised text, language, region (null: none), result count, audience
/// and day. No user, no client address and no time of day, so a row cannot be traced to a person.
/// </summary>
public class LoggedSearch
{
    public const int QueryMaxLength = 200;
    public const int LanguageMaxLength = 8;
    public const int RegionIdMaxLength = 100;
    public const int AudienceMaxLength = 10;

    public const string PublicAudience = "public";
    public const string NetworkAudience = "network";

    public long Id { get; set; }

    public DateOnly Day { get; set; }

    public string Query { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    public string? RegionId { get; set; }

    public int Results { get; set; }

    public string Audience { get; set; } = PublicAudience;
}
