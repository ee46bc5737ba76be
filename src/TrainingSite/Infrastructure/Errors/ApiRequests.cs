using Microsoft.AspNetCore.Diagnostics;

namespace TrainingSite.Infrastructure.Errors;

/// <summary>Requests answered with JSON problems rather than pages: the minimal APIs under /api.</summary>
public static class ApiRequests
{
    /// <summary>Looks at the path the client asked for (the exception handler has already changed the request's path).</summary>
    public static bool Is(HttpContext context)
    {
        PathString path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        return path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
    }
}
