using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using TrainingSite.Core.Content;
using TrainingSite.Courses.Recipes;

namespace TrainingSite.Courses.Api;

/// <summary>
/// POST /api/markdown/preview (form: markdown, language of the text, antiforgery token): the editor's live preview, rendered by the
/// same safe renderer as the published page. Authors only.
/// </summary>
public static class MarkdownPreviewEndpoint
{
    public static IEndpointRouteBuilder MapMarkdownPreview(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/markdown/preview", Preview).RequireAuthorization(CoursesPermissions.EditOwnRegionPolicy);
        return endpoints;
    }

    private static Results<Ok<MarkdownPreview>, BadRequest> Preview([FromForm] string? markdown, [FromForm] string? language) =>
        markdown is { Length: > CourseRecipeReader.MaxBodyLength }
            ? TypedResults.BadRequest()
            : TypedResults.Ok(new MarkdownPreview(SafeMarkdown.ToHtml(markdown ?? string.Empty, language)));
}
