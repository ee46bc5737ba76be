using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Audit;

/// <summary>The title an event keeps for content: the Finnish one (the site's default), whatever language the actor used.</summary>
public static class AuditTitle
{
    public static string Of(LocalizedText title) => title.Resolve(SiteCultures.Default).Text;
}
