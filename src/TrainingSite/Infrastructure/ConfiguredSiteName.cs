using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Web;
using TrainingSite.Core.Localization;

namespace TrainingSite.Infrastructure;

/// <summary>
/// The site's name: <c>Site:Name:{language}</c>, else <c>Site:Name</c> (one name for every language), else the
/// package's own name in that language ("Site.Name" in the site's strings). Settings are read on each call, so a
/// reloaded configuration shows at once; the defaults are read from the resources once.
/// </summary>
public sealed class ConfiguredSiteName(IConfiguration configuration, IStringLocalizer<SiteStrings> strings) : ISiteName
{
    private readonly Lazy<LocalizedText> _defaults = new(() => strings.InEveryLanguage("Site.Name"));

    public string Current => For(SiteCultures.Current);

    public string For(string language)
    {
        var culture = SiteCultures.IsSupported(language) ? language : SiteCultures.Default;
        return Setting($"Site:Name:{culture}") ?? Setting("Site:Name") ?? _defaults.Value.Resolve(culture).Text;
    }

    private string? Setting(string key) => configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
