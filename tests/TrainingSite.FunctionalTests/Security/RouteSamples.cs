using System.Globalization;
using System.Text.RegularExpressions;

namespace TrainingSite.FunctionalTests.Security;

/// <summary>
/// Real values for route parameters, so a discovered handler is reached with an item that exists. A parameter this
/// class does not know fails the test with a message saying where to add it: a new route is never silently skipped.
/// </summary>
public sealed partial class RouteSamples(SecuritySite site)
{
    /// <summary>Which of the world's items a regional route points at.</summary>
    public enum Scope
    {
        /// <summary>Items of Espoo (the first coordinator's region, not the second's).</summary>
        Espoo,

        /// <summary>Items of the national part (administrators only author these).</summary>
        National,
    }

    public string Fill(string template, Scope scope = Scope.Espoo, string? handlerName = null, Func<string, string?>? overrideValue = null) =>
        ParameterPattern().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            var value = overrideValue?.Invoke(name) ?? Sample(template, name, scope, handlerName);
            return value;
        }).TrimEnd('/') is { Length: > 0 } path ? path : "/";

    public static IReadOnlyList<string> Parameters(string template) =>
        ParameterPattern().Matches(template).Select(m => m.Groups["name"].Value).ToList();

    private string Sample(string template, string name, Scope scope, string? handlerName)
    {
        var authoring = template.StartsWith("/authoring", StringComparison.Ordinal);
        return name switch
        {
            "handler" => handlerName?.ToLowerInvariant() ?? string.Empty,
            "courseId" when template.Contains("attemptId", StringComparison.Ordinal) => site.National,
            "courseId" when authoring || template.StartsWith("/reports", StringComparison.Ordinal) => scope == Scope.National ? site.National : site.EspooQuizCourse,
            "courseId" => site.National,
            "lessonId" when authoring && scope == Scope.Espoo => site.EspooQuizCourse + "-l",
            "lessonId" => site.National + "-l",
            "questionId" => "single",
            "attemptId" => site.HolderAttempt.ToString(CultureInfo.InvariantCulture),
            "articleId" => scope == Scope.National ? site.NationalArticle : site.EspooArticle,
            "pointId" => scope == Scope.National ? site.NationalPoint : site.EspooPoint,
            "id" when template.StartsWith("/admin/users", StringComparison.Ordinal) => site.VictimUserId,
            "id" when template.StartsWith("/guidance", StringComparison.Ordinal) => site.NetworkArticle,
            "id" when template.StartsWith("/directory", StringComparison.Ordinal) => SecuritySite.ServicePoint,
            "id" when template.Contains("certificates", StringComparison.Ordinal) => site.HolderCertificate.Id.ToString(CultureInfo.InvariantCulture),
            "code" when template.StartsWith("/error", StringComparison.Ordinal) => "404",
            "code" => site.HolderCertificate.Code,
            "language" => "fi",
            "userId" when template.StartsWith("/reports/learners", StringComparison.Ordinal) => site.HolderCertificate.UserId, // a learner of Espoo
            _ => throw new InvalidOperationException(
                $"No sample value for route parameter '{name}' of {template}: add one to {nameof(RouteSamples)} so the security tests reach it."),
        };
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z]+)(:[^}]*)?\??\}")]
    private static partial Regex ParameterPattern();
}
