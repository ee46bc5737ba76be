using Microsoft.AspNetCore.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Infrastructure;

/// <summary>The signed-in user's preferred language, carried as a claim in the sign-in cookie.</summary>
public sealed class ProfileRequestCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = httpContext.User.FindFirst(TrainingClaims.PreferredLanguage)?.Value;
        return Task.FromResult(SiteCultures.IsSupported(language) ? new ProviderCultureResult(language) : null);
    }
}
