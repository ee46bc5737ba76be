using System.Net;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Quizzes;

/// <summary>A course with one lesson and a three-question quiz (single, multiple, true/false), through the real recipe engine.</summary>
public static class QuizSeed
{
    public static async Task<string> CourseWithQuizAsync(SiteFactory site, int? maxAttempts = null, bool onePerPage = false, string correctSingle = "b", string? region = null)
    {
        var id = CourseSeed.NewId("qz");
        var course = CourseSeed.Course(id, region, id + "-l").TrimEnd()[..^1] + $$"""
            , "quiz": { "id": "{{id}}-quiz", "title": { "fi": "Visa {{id}}", "en": "Quiz {{id}}" }, "passPercent": 60,
              "maxAttempts": {{(maxAttempts is null ? "null" : maxAttempts.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}}, "shuffle": false, "onePerPage": {{(onePerPage ? "true" : "false")}},
              "questions": [
                { "id": "single", "kind": "single", "prompt": { "fi": "Kuka päättää etuudesta?" },
                  "choices": [ { "id": "a", "text": { "fi": "Neuvoja" }, "correct": {{(correctSingle == "a" ? "true" : "false")}}, "feedback": { "fi": "Neuvojalla ei ole päätösvaltaa." } },
                               { "id": "b", "text": { "fi": "Kela" }, "correct": {{(correctSingle == "b" ? "true" : "false")}}, "feedback": { "fi": "Kela päättää etuuksista." } } ],
                  "explanation": { "fi": "SALAINEN-SELITYS" }, "articles": ["kela-general-housing-allowance"] },
                { "id": "multiple", "kind": "multiple", "prompt": { "fi": "Mitkä ovat viranomaisia?" },
                  "choices": [ { "id": "a", "text": { "fi": "Migri" }, "correct": true }, { "id": "b", "text": { "fi": "DVV" }, "correct": true }, { "id": "c", "text": { "fi": "Kauppa" }, "correct": false } ] },
                { "id": "tf", "kind": "truefalse", "prompt": { "fi": "Tulkki on puolueeton." },
                  "choices": [ { "id": "true", "text": { "fi": "Totta" }, "correct": true }, { "id": "false", "text": { "fi": "Tarua" }, "correct": false } ] } ] } }
            """;
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(course));
        return id;
    }

    /// <summary>Starts (or continues) the learner's attempt from the quiz page, as the button does; returns the attempt's URL.</summary>
    public static async Task<string> StartAttemptAsync(SiteClient client, string course)
    {
        var (started, _) = await client.SubmitFormAsync($"/courses/{course}/quiz", new Dictionary<string, string>(), formSelector: "form[action*='Start']");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return started.Headers.Location!.OriginalString;
    }

    /// <summary>Saves answers (answer:{questionId} = choice id) to the attempt, as the attempt page's form does.</summary>
    public static async Task SaveAnswersAsync(SiteClient client, string attemptUrl, KeyValuePair<string, string>[] answers)
    {
        var token = await client.AntiforgeryTokenAsync();
        var (saved, _) = await client.PostAsync(attemptUrl + "?handler=Save", [new("__RequestVerificationToken", token), .. answers]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
