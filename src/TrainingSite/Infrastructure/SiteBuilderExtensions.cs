using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Navigation;
using TrainingSite.Abstractions.Web;
using TrainingSite.Core;
using TrainingSite.Core.Authoring;
using TrainingSite.Data;
using TrainingSite.Infrastructure.Errors;
using TrainingSite.Infrastructure.Observability;
using TrainingSite.Review;

namespace TrainingSite.Infrastructure;

public static class SiteBuilderExtensions
{
    /// <summary>Registers the data kernel, every module, localization, Razor Pages and the site's cross-cutting services.</summary>
    public static WebApplicationBuilder AddTrainingSite(this WebApplicationBuilder builder, IReadOnlyList<ModuleStartup> modules)
    {
        var services = builder.Services;
        services.AddTrainingData(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddDataProtection().SetApplicationName("TrainingSite").PersistKeysToDbContext<TrainingDbContext>();
        foreach (var module in modules)
        {
            module.ConfigureServices(services, builder.Configuration);
        }

        services.AddSiteErrorHandling();
        services.AddStartupTask<MigrateOnStartup>();
        services.AddHostedService<StartupTaskRunner>();
        services.AddHostedService<DailyTaskRunner>();
        services.AddScoped<NavigationService>();
        services.AddScoped<RegionPicker>();
        services.AddScoped<ReviewList>();
        services.AddPermissions<ReviewPermissions>();
        services.AddNavigation<ReviewNavigation>();
        services.AddAuthorizationBuilder().AddPolicy(Policies.Authenticated, policy => policy.RequireAuthenticatedUser());
        builder.AddSiteObservability();
        AddLocalization(services);
        AddRazorPages(services, modules);
        services.AddSingleton<IPublicUrls, PublicUrls>();
        services.AddSingleton<ISiteName, ConfiguredSiteName>();
        services.AddStartupTask<PublicUrlsCheck>();
        services.AddTrustedProxies();
        services.AddSiteRateLimits();
        // Finnish and Swedish letters are written as themselves, not as &#xE4; entities: smaller, readable pages.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ts.af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    private static void AddLocalization(IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SiteCultures.All.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(SiteCultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;

            // The profile's language wins, then the language switcher's cookie, then the browser's languages.
            options.RequestCultureProviders =
            [
                new ProfileRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }

    private static void AddRazorPages(IServiceCollection services, IReadOnlyList<ModuleStartup> modules)
    {
        // The unmatched-handler filter is global: Conventions.ConfigureFilter reaches only the host's own pages,
        // not the modules' pages in areas, which then rendered with nothing loaded for a crafted ?handler=.
        services.Configure<MvcOptions>(options =>
        {
            options.Filters.Add(new UnmatchedHandlerFilter());
            options.Filters.Add(new ConcurrentWriteFilter());
        });
        // After MVC's own setup, which adds the binder providers this one wraps.
        services.PostConfigure<MvcOptions>(options =>
        {
            var collections = options.ModelBinderProviders.OfType<CollectionModelBinderProvider>().Single();
            options.ModelBinderProviders[options.ModelBinderProviders.IndexOf(collections)] = new RowsNotSentBinderProvider(collections);
        });
        var mvc = services.AddRazorPages(options => options.Conventions.Add(new PageHttpMethodsConvention()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedStrings)));
        // TrainingSite.Core is no module but holds shared views (the version history partial): registered as the modules
        // are, rather than left to the SDK's discovery of referenced assemblies, which an incremental build can miss.
        foreach (var assembly in modules.Select(m => m.GetType().Assembly).Append(typeof(CoreAssembly).Assembly).Distinct())
        {
            mvc.ConfigureApplicationPartManager(parts =>
            {
                if (parts.ApplicationParts.All(p => p.Name != assembly.GetName().Name))
                {
                    mvc.AddApplicationPart(assembly);
                }
            });
        }

        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedBindingMessages>();
    }
}
