using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrainingSite.Abstractions.Mail;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Observability;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Accounts.Authorization;
using TrainingSite.Accounts.CommandLine;
using TrainingSite.Accounts.Data;
using TrainingSite.Accounts.PersonalData;
using TrainingSite.Accounts.Services;
using TrainingSite.Data;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts;

/// <summary>Accounts: sign-in, profiles, roles and permissions, the regional-scope check, first-run setup, mail.</summary>
public sealed class AccountsModule : ModuleStartup
{
    public const string SessionValidationIntervalSetting = "Accounts:SessionValidationInterval";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddEntityConfigurations<AccountsDataModel>();
        services.AddMigrations<AccountsModule>();
        AddMail(services, configuration);
        AddIdentity(services, configuration);
        services.Configure<SignInThrottleOptions>(configuration.GetSection(SignInThrottleOptions.Section));
        services.AddScoped<SignInThrottle>();
        services.AddScoped<UnknownAccountPassword>();
        AddAuthorization(services);
        services.AddSingleton<SetupState>();
        services.AddScoped<AdministratorSetup>();
        services.AddScoped<AdministratorGuard>();
        services.AddScoped<AccountEraser>();
        services.AddScoped<PersonalDataExport>();
        services.AddPersonalDataSource<AccountData>();

        services.AddPermissions<AccountsPermissions>();
        services.AddNavigation<AccountsNavigation>();
        services.AddStartupTask<RoleSeeder>();
        services.AddStartupTask<DefaultGrantSeeder>();
        services.AddCommandLineVerb<AdminVerb>();
    }

    public override void Configure(IApplicationBuilder app) => app.UseMiddleware<FirstRunRedirectMiddleware>();

    /// <summary>Permissions as policies, grants as data, and the one regional rule with its page filter.</summary>
    private static void AddAuthorization(IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<CoordinatedRegions>();
        services.AddScoped<RoleGrants>();
        services.AddScoped<PermissionCatalog>();
        services.AddScoped<IRegionalAccess, RegionalAccess>();
        services.AddScoped<IAuthorizationHandler, RegionalAuthorizationHandler>();
        services.Configure<MvcOptions>(options => options.Filters.Add(new RegionalPageFilter()));
        // Until the authoring pages move to IRegionalPage (issue 12), they still call the old hand-written scope.
    }

    /// <summary>Pages queue mail and a background service sends it (see <see cref="BackgroundMailSender"/> for why).</summary>
    private static void AddMail(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<MailSender>();
        services.AddSingleton<BackgroundMailSender>();
        services.AddSingleton<IMailSender>(provider => provider.GetRequiredService<BackgroundMailSender>());
        services.AddHostedService<MailDelivery>();
        services.AddSingleton<PasswordResetRequests>();
        services.AddHostedService<PasswordResetMailer>();
        services.AddSingleton<MailPickupFolder>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddStartupTask<MailPickupCheck>();
        services.AddHealthChecks().AddCheck<MailReadyCheck>("mail", tags: [HealthTags.Ready]);

        // Reset links (and any other Identity data-protection token) expire after Accounts:ResetTokenLifetime.
        services.Configure<DataProtectionTokenProviderOptions>(options =>
            options.TokenLifespan = configuration.GetValue("Accounts:ResetTokenLifetime", TimeSpan.FromHours(2)));
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<LocalizedIdentityErrorDescriber>();
        services.AddIdentity<TrainingUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequiredUniqueChars = 4;
                // Failed passwords are counted by SignInThrottle (per account and client), not by Identity's
                // lockout, which let anyone lock anyone out; an explicit LockoutEnd still refuses sign-in.
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<TrainingDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<TrainingClaimsPrincipalFactory>()
            .AddSignInManager<TrainingSignInManager>()
            .AddPasswordValidator<CommonPasswordValidator>();

        // Every session is checked against the database at this interval: a changed security stamp (sign-out,
        // password change or reset, "sign out everywhere") ends it on every node, and otherwise its roles,
        // regions and name are rebuilt from the database, so a granted role works without signing in again.
        var interval = configuration.GetValue(SessionValidationIntervalSetting, TimeSpan.FromSeconds(30));
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = interval);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.Cookie.Name = "ts.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // A signed-in user without the permission gets a real 403 page, not a redirect.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });
    }
}
