using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;

namespace TrainingSite.Infrastructure;

/// <summary>
/// Razor page endpoints take every HTTP method unless told otherwise, so TRACE or PUT once rendered the page.
/// This gives each page the methods it has handlers for, plus GET and HEAD (every page renders on GET), as
/// endpoint metadata; routing then answers any other method with 405 and an <c>Allow</c> header, for every page,
/// including pages added later. Pages marked <see cref="AcceptsEveryMethodAttribute"/> (the error page, which is
/// re-executed with the failed request's method) are left out.
/// </summary>
public sealed class PageHttpMethodsConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if (model.HandlerType.IsDefined(typeof(AcceptsEveryMethodAttribute), inherit: true))
        {
            return;
        }

        model.EndpointMetadata.Add(new HttpMethodMetadata(AllowedMethods(model.HandlerMethods.Select(h => h.HttpMethod))));
    }

    public static string[] AllowedMethods(IEnumerable<string> handlerMethods) =>
        new[] { HttpMethods.Get, HttpMethods.Head }
            .Concat(handlerMethods.Select(m => m.ToUpperInvariant()))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
