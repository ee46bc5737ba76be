using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Courses;

/// <summary>Courses whose lessons learners have opened (so they hold learners' progress), and what the database keeps of it.</summary>
public static class ArchiveSeed
{
    /// <summary>A published course of two lessons in <paramref name="region"/>; each of <paramref name="learners"/> new learners opens the first lesson.</summary>
    public static async Task<string> CourseWithLearnersAsync(SiteFactory site, int learners, string? region = "espoo")
    {
        var id = CourseSeed.NewId("ar");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, region, id + "-l", extraLesson: $$"""
            , { "id": "{{id}}-m", "title": { "fi": "Toinen {{id}}" }, "body": { "fi": "Teksti." }, "minutes": 3 }
            """)));
        for (var i = 0; i < learners; i++)
        {
            using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: region ?? "espoo");
            var (opened, _) = await learner.GetPageAsync($"/courses/{id}/lessons/{id}-l");
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        return id;
    }

    /// <summary>The progress rows kept for the course's lessons.</summary>
    public static Task<int> ProgressRowsAsync(SiteFactory site, string courseId) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<LessonProgress>().CountAsync(p => p.CourseId == courseId));

    /// <summary>The progress rows kept for one lesson.</summary>
    public static Task<int> LessonProgressRowsAsync(SiteFactory site, string lessonId) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<LessonProgress>().CountAsync(p => p.LessonId == lessonId));

    public static Task<bool> CourseExistsAsync(SiteFactory site, string courseId) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<Course>().AnyAsync(c => c.Id == courseId));

    /// <summary>Posts to a handler of an authoring page as a crafted request would (the form need not be on the page).</summary>
    public static async Task<HttpResponseMessage> PostHandlerAsync(SiteClient client, string page, string handler, params (string Name, string Value)[] fields)
    {
        var token = await client.AntiforgeryTokenAsync();
        var (response, _) = await client.PostAsync($"{page}?handler={handler}", [new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return response;
    }
}
