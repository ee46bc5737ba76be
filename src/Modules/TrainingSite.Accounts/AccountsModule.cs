using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Mail;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Accounts.CommandLine;
using TrainingSite.Accounts.PersonalData;
using TrainingSite.Accounts.Services;
using TrainingSite.Data;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts;

/// <summary>Accounts: sign-in, profiles, roles and permissions, the regional-scope check, first-run setup, mail.</summary>
public sealed class AccountsModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<IMailSender, MailSender>();
        AddIdentity(services);
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IRegionalScope, RegionalScope>();
        services.AddSingleton<SetupState>();
        services.AddScoped<AdministratorSetup>();
        services.AddScoped<AdministratorGuard>();
        services.AddScoped<AccountEraser>();
        services.AddScoped<PersonalDataExport>();
        services.AddPersonalDataSource<AccountData>();

        services.AddPermissions<AccountsPermissions>();
        services.AddNavigation<AccountsNavigation>();
        services.AddStartupTask<RoleSeeder>();
        services.AddCommandLineVerb<AdminVerb>();
    }

    public override void Configure(IApplicationBuilder app) => app.UseMiddleware<FirstRunRedirectMiddleware>();

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddScoped<LocalizedIdentityErrorDescriber>();
        services.AddIdentity<TrainingUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<TrainingDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<TrainingClaimsPrincipalFactory>()
            .AddSignInManager<TrainingSignInManager>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
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
