using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.FunctionalTests.Guidance;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.AuditTrail;

/// <summary>Authors' changes to courses, lessons, quizzes and guidance, made through the authoring pages, each leave one event.</summary>
public abstract class ContentEventsTests(SiteFactory site)
{
    [Fact]
    public async Task PublishingACourse_ShouldRecordOneEvent_WithTheCoursesRegionAndVersion()
    {
        var id = CourseSeed.NewId("ap");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, "espoo", id + "-l")));
        var (coordinator, user) = await AuditLog.SignedInAsync(site, [Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var _ = coordinator;
        var token = await coordinator.AntiforgeryTokenAsync();
        var url = $"/authoring/courses/{id}";

        var (saved, _) = await coordinator.PostAsync($"{url}?handler=Save", [new("__RequestVerificationToken", token), new("Input.Title[fi]", "Uusi nimi"), new("Input.Text[fi]", "Uusi tiivistelmä")]);
        var draftEvents = await AuditLog.OfAsync(site, AuditItemTypes.Course, id);
        var (published, _) = await coordinator.PostAsync($"{url}?handler=Publish", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Empty(draftEvents); // saving a draft changes nothing anyone sees
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var recorded = await AuditLog.SingleAsync(site, AuditKinds.ContentPublished, AuditItemTypes.Course, id);
        Assert.Equal(("Uusi nimi", "espoo", 2), (recorded.ItemTitle, recorded.RegionId, recorded.VersionNumber));
        AuditLog.AssertActor(recorded, user);
    }

    [Fact]
    public async Task RestoringAndDiscardingALesson_ShouldRecordOneEventEach()
    {
        var id = CourseSeed.NewId("ar");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l", lessonBody: "Versio yksi")));
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l", lessonBody: "Versio kaksi")));
        var (admin, user) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var _ = admin;
        var token = await admin.AntiforgeryTokenAsync();
        var lessonUrl = $"/authoring/courses/{id}/lessons/{id}-l";

        var (restored, _) = await admin.PostAsync($"{lessonUrl}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "1")]);
        var (discarded, _) = await admin.PostAsync($"{lessonUrl}?handler=Discard", [new("__RequestVerificationToken", token)]);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (restored.StatusCode, discarded.StatusCode));
        var restore = await AuditLog.SingleAsync(site, AuditKinds.ContentRestored, AuditItemTypes.Lesson, id + "-l");
        Assert.Equal(($"Oppitunti {id}-l", null, 3, "from version 1"), (restore.ItemTitle, restore.RegionId, restore.VersionNumber, restore.Details));
        AuditLog.AssertActor(restore, user);
        var discard = await AuditLog.SingleAsync(site, AuditKinds.ContentDiscarded, AuditItemTypes.Lesson, id + "-l");
        Assert.Equal(3, discard.VersionNumber);
    }

    [Fact]
    public async Task MovingALesson_ShouldRecordAReorder_AndDeletingACourseItAndItsQuiz()
    {
        var id = CourseSeed.NewId("am");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, "kokkola", id + "-l", extraLesson: $$"""
            , { "id": "{{id}}-m", "title": { "fi": "Toinen {{id}}" }, "body": { "fi": "Teksti." }, "minutes": 3 }
            """)));
        var withQuiz = await QuizSeed.CourseWithQuizAsync(site, region: "kokkola");
        var (coordinator, user) = await AuditLog.SignedInAsync(site, [Roles.RegionalCoordinator], coordinatedRegions: ["kokkola"]);
        using var _ = coordinator;
        var token = await coordinator.AntiforgeryTokenAsync();

        var (moved, _) = await coordinator.PostAsync($"/authoring/courses/{id}?handler=MoveLesson", [new("__RequestVerificationToken", token), new("lessonId", id + "-m"), new("direction", "-1")]);
        var (deleted, _) = await coordinator.PostAsync($"/authoring/courses/{withQuiz}?handler=Delete", [new("__RequestVerificationToken", token), new("ConfirmDelete", "true")]);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (moved.StatusCode, deleted.StatusCode));
        var move = await AuditLog.SingleAsync(site, AuditKinds.ContentReordered, AuditItemTypes.Lesson, id + "-m");
        Assert.Equal(($"Toinen {id}", "kokkola", "moved up"), (move.ItemTitle, move.RegionId, move.Details));
        AuditLog.AssertActor(move, user);
        var course = await AuditLog.SingleAsync(site, AuditKinds.ContentDeleted, AuditItemTypes.Course, withQuiz);
        Assert.Equal(($"Kurssi {withQuiz}", "kokkola", "with lessons: 1"), (course.ItemTitle, course.RegionId, course.Details));
        AuditLog.AssertActor(course, user);
        var quiz = await AuditLog.SingleAsync(site, AuditKinds.ContentDeleted, AuditItemTypes.Quiz, withQuiz + "-quiz");
        Assert.Equal(($"Visa {withQuiz}", "kokkola"), (quiz.ItemTitle, quiz.RegionId));
    }

    [Fact]
    public async Task MovingACourse_PublishingAndDeletingALesson_RestoringAndDiscardingACourse_ShouldRecordOneEventEach()
    {
        var (id, other) = (CourseSeed.NewId("ac"), CourseSeed.NewId("ac"));
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, "helsinki", id + "-l", extraLesson: $$"""
            , { "id": "{{id}}-m", "title": { "fi": "Poistettava {{id}}" }, "body": { "fi": "Teksti." }, "minutes": 3 }
            """), CourseSeed.Course(other, "helsinki", other + "-l")));
        var (admin, user) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var _ = admin;
        var token = await admin.AntiforgeryTokenAsync();
        var url = $"/authoring/courses/{id}";
        var first = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<Course>()
            .Where(c => c.RegionId == "helsinki").OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var direction = first == id ? 1 : -1; // one step within the part, whichever way there is room

        var (moved, _) = await admin.PostAsync("/authoring/courses?handler=Move", [new("__RequestVerificationToken", token), new("courseId", id), new("direction", direction.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var (lessonSaved, _) = await admin.PostAsync($"{url}/lessons/{id}-l?handler=Save",
            [new("__RequestVerificationToken", token), new("Input.Title[fi]", "Uusi oppitunti"), new("Input.Text[fi]", "Uusi teksti"), new("Input.Minutes", "5")]);
        var (lessonPublished, _) = await admin.PostAsync($"{url}/lessons/{id}-l?handler=Publish", [new("__RequestVerificationToken", token), new("publishAnyway", "true")]);
        var (lessonDeleted, _) = await admin.PostAsync($"{url}/lessons/{id}-m?handler=Delete", [new("__RequestVerificationToken", token), new("ConfirmDelete", "true")]);
        var (restored, _) = await admin.PostAsync($"{url}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "1")]);
        var (discarded, _) = await admin.PostAsync($"{url}?handler=Discard", [new("__RequestVerificationToken", token)]);

        Assert.All([moved, lessonSaved, lessonPublished, lessonDeleted, restored, discarded], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var move = await AuditLog.SingleAsync(site, AuditKinds.ContentReordered, AuditItemTypes.Course, id);
        Assert.Equal(("helsinki", direction < 0 ? "moved up" : "moved down"), (move.RegionId, move.Details));
        AuditLog.AssertActor(move, user);
        var publish = await AuditLog.SingleAsync(site, AuditKinds.ContentPublished, AuditItemTypes.Lesson, id + "-l");
        Assert.Equal(("Uusi oppitunti", "helsinki", 2), (publish.ItemTitle, publish.RegionId, publish.VersionNumber));
        var delete = await AuditLog.SingleAsync(site, AuditKinds.ContentDeleted, AuditItemTypes.Lesson, id + "-m");
        Assert.Equal(($"Poistettava {id}", "helsinki", 1), (delete.ItemTitle, delete.RegionId, delete.VersionNumber));
        var restore = await AuditLog.SingleAsync(site, AuditKinds.ContentRestored, AuditItemTypes.Course, id);
        Assert.Equal((2, "from version 1"), (restore.VersionNumber, restore.Details));
        var discard = await AuditLog.SingleAsync(site, AuditKinds.ContentDiscarded, AuditItemTypes.Course, id);
        Assert.Equal((2, "helsinki"), (discard.VersionNumber, discard.RegionId));
    }

    [Fact]
    public async Task MovingAQuestionAndPublishingTheQuiz_ShouldRecordAReorderAndAPublish()
    {
        var id = await QuizSeed.CourseWithQuizAsync(site, region: "espoo");
        var (coordinator, user) = await AuditLog.SignedInAsync(site, [Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var _ = coordinator;
        var token = await coordinator.AntiforgeryTokenAsync();
        var editor = $"/authoring/courses/{id}/quiz";

        var (moved, _) = await coordinator.PostAsync($"{editor}?handler=Move", [new("__RequestVerificationToken", token), new("questionId", "tf"), new("direction", "-1")]);
        var (published, _) = await coordinator.PostAsync($"{editor}?handler=Publish", [new("__RequestVerificationToken", token)]);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (moved.StatusCode, published.StatusCode));
        var move = await AuditLog.SingleAsync(site, AuditKinds.ContentReordered, AuditItemTypes.Quiz, id + "-quiz");
        Assert.Equal(($"Visa {id}", "espoo", 2, "question tf moved up"), (move.ItemTitle, move.RegionId, move.VersionNumber, move.Details));
        var publish = await AuditLog.SingleAsync(site, AuditKinds.ContentPublished, AuditItemTypes.Quiz, id + "-quiz");
        Assert.Equal(("espoo", 2), (publish.RegionId, publish.VersionNumber));
        AuditLog.AssertActor(publish, user);
    }

    [Fact]
    public async Task AnArticlesRestorePublishDiscardAndDelete_ShouldEachRecordOneEvent()
    {
        var id = GuidanceSeed.NewId("ag");
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, "vantaa", body: "Versio yksi."));
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, "vantaa", body: "Versio kaksi."));
        var (coordinator, user) = await AuditLog.SignedInAsync(site, [Roles.RegionalCoordinator], coordinatedRegions: ["vantaa"]);
        using var _ = coordinator;
        var token = await coordinator.AntiforgeryTokenAsync();
        var url = $"/authoring/guidance/{id}";

        var (restored, _) = await coordinator.PostAsync($"{url}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "1")]);
        var (published, _) = await coordinator.PostAsync($"{url}?handler=Publish", [new("__RequestVerificationToken", token), new("publishAnyway", "true")]);
        var restoredEvents = await AuditLog.OfAsync(site, AuditItemTypes.GuidanceArticle, id, AuditKinds.ContentRestored);
        var (restoredAgain, _) = await coordinator.PostAsync($"{url}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "2")]);
        var (discarded, _) = await coordinator.PostAsync($"{url}?handler=Discard", [new("__RequestVerificationToken", token)]);
        var (deleted, _) = await coordinator.PostAsync($"{url}?handler=Delete", [new("__RequestVerificationToken", token), new("ConfirmDelete", "true")]);

        Assert.All([restored, published, restoredAgain, discarded, deleted], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var restore = Assert.Single(restoredEvents);
        Assert.Equal(($"Ohje {id}", "vantaa", 3, "from version 1"), (restore.ItemTitle, restore.RegionId, restore.VersionNumber, restore.Details));
        var publish = await AuditLog.SingleAsync(site, AuditKinds.ContentPublished, AuditItemTypes.GuidanceArticle, id);
        Assert.Equal(3, publish.VersionNumber);
        var discard = await AuditLog.SingleAsync(site, AuditKinds.ContentDiscarded, AuditItemTypes.GuidanceArticle, id);
        Assert.Equal(4, discard.VersionNumber);
        var delete = await AuditLog.SingleAsync(site, AuditKinds.ContentDeleted, AuditItemTypes.GuidanceArticle, id);
        Assert.Equal(("vantaa", 3), (delete.RegionId, delete.VersionNumber));
        AuditLog.AssertActor(delete, user);
    }

    [Fact]
    public async Task ImportingARecipeOnTheAdminPage_ShouldRecordOneEvent_ByTheAdministrator()
    {
        var name = GuidanceSeed.NewId("audit-recipe");
        var recipe = $$"""{ "name": "{{name}}", "steps": [ { "step": "guidance", "articles": [ {{GuidanceSeed.Article(GuidanceSeed.NewId("ai"), null)}} ] } ] }""";
        var (admin, user) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var _ = admin;
        var token = await admin.AntiforgeryTokenAsync("/admin/recipes");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new StringContent(recipe);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "recipe", "recipe.json");

        var imported = await admin.Http.PostAsync("/admin/recipes/Import", form);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var recorded = await AuditLog.SingleAsync(site, AuditKinds.RecipeImported, AuditItemTypes.Recipe, name);
        Assert.Equal((name, null, $"source: {user.Email}; steps: guidance"), (recorded.ItemTitle, recorded.RegionId, recorded.Details));
        AuditLog.AssertActor(recorded, user);
    }
}

public sealed class ContentEventsTestsOnSqlite(SqliteSiteFactory site) : ContentEventsTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class ContentEventsTestsOnPostgres(PostgresSiteFactory site) : ContentEventsTests(site), IClassFixture<PostgresSiteFactory>;
