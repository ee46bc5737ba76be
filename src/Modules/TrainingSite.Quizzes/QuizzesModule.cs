using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Quizzes.Data;
using TrainingSite.Quizzes.PersonalData;
using TrainingSite.Quizzes.Recipes;
using TrainingSite.Quizzes.Reporting;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes;

/// <summary>Quizzes: a knowledge check per course, attempts saved answer by answer, grading and review.</summary>
public sealed class QuizzesModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<QuizVersionCache>();
        services.AddSingleton<QuizStatisticsCache>();
        services.AddScoped<IQuizFacts, QuizFacts>();
        services.AddScoped<IQuizQuestionFacts, QuizQuestionFacts>();
        services.AddScoped<QuizAttempts>();
        services.AddScoped<QuizAuthoring>();
        services.AddScoped<IDraftContent, DraftQuizzes>();
        services.AddScoped<QuizStatisticsLoader>();
        services.AddScoped<ICourseQuizStatus, QuizStatusService>();
        services.AddScoped<ICourseQuizRecipePart, QuizRecipePart>();
        services.AddScoped<ICourseDeletionListener, QuizCourseDeletion>();

        services.AddPermissions<QuizzesPermissions>();
        services.AddEntityConfigurations<QuizzesDataModel>();
        services.AddMigrations<QuizzesModule>();
        services.AddPersonalDataSource<QuizAttemptsData>();
        services.AddPersonalDataSource<QuizVersionsData>();
    }
}
