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
}
