using TrainingSite.Abstractions.Modules;
using TrainingSite.Accounts;
using TrainingSite.AuditTrail;
using TrainingSite.Backups;
using TrainingSite.Certificates;
using TrainingSite.Courses;
using TrainingSite.Glossary;
using TrainingSite.Guidance;
using TrainingSite.Notifications;
using TrainingSite.Quizzes;
using TrainingSite.Recipes;
using TrainingSite.Regions;
using TrainingSite.Reports;
using TrainingSite.ServiceDirectory;

namespace TrainingSite;

/// <summary>
/// The one list of the site's modules, in the order they are registered. Adding a capability is one
/// project under src/Modules plus one line here.
/// </summary>
public static class ModuleCatalog
{
    public static IReadOnlyList<ModuleStartup> Modules { get; } =
    [
        new AccountsModule(),
        new RegionsModule(),
        new RecipesModule(),
        new CoursesModule(),
        new QuizzesModule(),
        new GuidanceModule(),
        new GlossaryModule(),
        new ServiceDirectoryModule(),
        new CertificatesModule(),
        new BackupsModule(),
        new AuditTrailModule(),
        new ReportsModule(),
        new NotificationsModule(),
    ];
}
