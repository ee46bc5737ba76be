using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Infrastructure.Errors;

/// <summary>
/// The request's language for an answer written outside the pages: the one request localization chose, or when
/// the request failed before that, the same providers asked again (profile claim, cookie, browser).
/// </summary>
public static class RequestLanguage
{
    public static async Task<CultureInfo> ResolveAsync(HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>() is { } feature)
        {
            return feature.RequestCulture.UICulture;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value;
        foreach (var provider in options.RequestCultureProviders)
        {
            var result = await provider.DetermineProviderCultureResult(context);
            var language = result?.UICultures.Select(c => c.Value?.Split('-')[0]).FirstOrDefault(SiteCultures.IsSupported);
            if (language is not null)
            {
                return CultureInfo.GetCultureInfo(language);
            }
        }

        return options.DefaultRequestCulture.UICulture;
    }
}
