namespace TrainingSite.Abstractions.Audit;

/// <summary>The kinds of item an event is about; stored as these strings, so never rename one.</summary>
public static class AuditItemTypes
{
    public const string Course = "course";
    public const string Lesson = "lesson";
    public const string Quiz = "quiz";
    public const string GuidanceArticle = "guidance-article";
    public const string Recipe = "recipe";
    public const string Role = "role";
    public const string User = "user";
    public const string Certificate = "certificate";
    public const string Report = "report";
    public const string ServicePoint = "service-point";

    public static readonly IReadOnlyList<string> All = [Course, Lesson, Quiz, GuidanceArticle, Recipe, Role, User, Certificate, Report, ServicePoint];
}
