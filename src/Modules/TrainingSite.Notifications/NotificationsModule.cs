using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Notifications;
using TrainingSite.Data;
using TrainingSite.Notifications.Data;
using TrainingSite.Notifications.PersonalData;
using TrainingSite.Notifications.Services;

namespace TrainingSite.Notifications;

/// <summary>
/// Notifications: what the site tells a user (certificates, new lessons, reminders) at /notifications with an unread
/// count in the header, the mail preferences, and the mailer that sends the chosen ones after their commit.
/// </summary>
public sealed class NotificationsModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<NotificationPreferencesStore>();
        services.AddPersonalDataSource<NotificationsData>();

        services.AddSingleton<NotificationMailSignal>();
        services.AddSingleton<MailAfterCommit>();
        services.AddSingleton<MailAfterSave>();
        services.ConfigureDbContext<TrainingDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<MailAfterCommit>(), provider.GetRequiredService<MailAfterSave>()));
        services.AddSingleton<NotificationMailComposer>();
        services.AddSingleton<NotificationMailer>();
        services.AddHostedService(provider => provider.GetRequiredService<NotificationMailer>());

        services.AddEntityConfigurations<NotificationsDataModel>();
        services.AddMigrations<NotificationsModule>();
    }
}
