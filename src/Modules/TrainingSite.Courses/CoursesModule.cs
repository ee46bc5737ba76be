using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Courses.Api;
using TrainingSite.Courses.Data;
using TrainingSite.Courses.PersonalData;
using TrainingSite.Courses.Recipes;
using TrainingSite.Courses.Reporting;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses;

/// <summary>Courses: the package's national part and regional sections, lessons, progress and authoring.</summary>
public sealed class CoursesModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CourseCatalog>();
        services.AddScoped<LearnerProgress>();
        services.AddScoped<PackageProgressService>();
        services.AddScoped<CatalogView>();
        services.AddScoped<LearnerJourney>();
        services.AddScoped<ICourseProgress>(provider => provider.GetRequiredService<PackageProgressService>());
        services.AddScoped<CourseAuthoring>();
        services.AddScoped<CourseRemoval>();
        services.AddScoped<IReviewableContent, ReviewableLessons>();
        services.AddScoped<IDraftContent, DraftCourses>();
        services.AddScoped<ICourseDirectory, CourseDirectory>();
        services.AddScoped<ILearningFacts, LearningFacts>();
        services.AddSingleton<PublishedContentCache>();

        services.AddEntityConfigurations<CoursesDataModel>();
        services.AddMigrations<CoursesModule>();
        services.AddPermissions<CoursesPermissions>();
        services.AddNavigation<CoursesNavigation>();
        services.AddRecipeStep<CoursesRecipeStep>();
        services.AddPersonalDataSource<LessonProgressData>();
        services.AddPersonalDataSource<CourseVersionsData>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMarkdownPreview();
}
