using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace TrainingSite.FunctionalTests.Security;

/// <summary>
/// Every page handler and API endpoint the running site has, read from its own endpoint data (not a hand-written
/// list), with the fields each one binds: a page added tomorrow is in this list tomorrow.
/// </summary>
public static class EndpointCatalog
{
    private const int MaxDepth = 3;

    public static async Task<IReadOnlyList<DiscoveredHandler>> DiscoverAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var handlers = new List<DiscoveredHandler>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                handlers.AddRange(PageHandlers(template, await loader.LoadAsync(page, endpoint.Metadata)));
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods)
            {
                var fields = endpoint.Metadata.GetMetadata<MethodInfo>() is { } method ? ApiFields(method) : [];
                handlers.AddRange(methods.HttpMethods.Select(m => new DiscoveredHandler(template, m.ToUpperInvariant(), null, fields, IsApi: true)));
            }
            else
            {
                // Endpoints that take any method (health checks) are tried as GET.
                handlers.Add(new DiscoveredHandler(template, "GET", null, [], IsApi: true));
            }
        }

        return handlers.DistinctBy(h => h.ToString()).OrderBy(h => h.ToString(), StringComparer.Ordinal).ToList();
    }

    private static List<DiscoveredHandler> PageHandlers(string template, CompiledPageActionDescriptor page)
    {
        var properties = page.BoundProperties.SelectMany(p => Fields(Prefix(p), p.ParameterType, SupportsGet(p), 0)).ToList();
        var handlers = page.HandlerMethods.Select(h => new DiscoveredHandler(
            template,
            h.HttpMethod.ToUpperInvariant(),
            h.Name,
            [.. properties.Where(f => h.HttpMethod != "Get" || f.FromQuery), .. h.Parameters.SelectMany(p => Fields(Prefix(p), p.ParameterType, h.HttpMethod == "Get", 0))],
            IsApi: false)).ToList();

        // A page without OnGet still answers GET by rendering itself.
        if (!handlers.Any(h => h.Method == "GET"))
        {
            handlers.Add(new DiscoveredHandler(template, "GET", null, properties.Where(f => f.FromQuery).ToList(), IsApi: false));
        }

        return handlers;
    }

    private static string Prefix(ParameterDescriptor parameter) => parameter.BindingInfo?.BinderModelName ?? parameter.Name;

    private static bool SupportsGet(ParameterDescriptor property) =>
        property.BindingInfo?.RequestPredicate is { } predicate && predicate(new ActionContext { HttpContext = new DefaultHttpContext { Request = { Method = "GET" } } });

    private static List<FormField> ApiFields(MethodInfo method) =>
        method.GetParameters()
            .Where(p => p.ParameterType != typeof(HttpContext) && p.ParameterType != typeof(CancellationToken) && !p.ParameterType.IsInterface
                && p.GetCustomAttributes().All(a => a.GetType().Name != "FromServicesAttribute"))
            .SelectMany(p => Fields(p.Name!, p.ParameterType, fromQuery: p.GetCustomAttributes().All(a => a.GetType().Name != "FromFormAttribute"), 0))
            .ToList();

    private static IEnumerable<FormField> Fields(string prefix, Type type, bool fromQuery, int depth)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (IsSimple(target))
        {
            return [new FormField(prefix, target, fromQuery)];
        }

        if (IsDictionaryOfStrings(target))
        {
            // LocalizedText and other culture maps bind as Title[fi], Title[sv], Title[en].
            return new[] { "fi", "sv", "en" }.Select(c => new FormField($"{prefix}[{c}]", typeof(string), fromQuery));
        }

        if (target.IsArray || (target.IsGenericType && target.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))))
        {
            var element = target.IsArray ? target.GetElementType()! : target.GetGenericArguments()[0];
            return IsSimple(element) ? [new FormField(prefix, element, fromQuery)] : depth < MaxDepth ? Fields($"{prefix}[0]", element, fromQuery, depth + 1) : [];
        }

        if (depth >= MaxDepth || !target.IsClass || target.Namespace?.StartsWith("Microsoft", StringComparison.Ordinal) == true)
        {
            return [];
        }

        return target.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .SelectMany(p => Fields($"{prefix}.{p.Name}", p.PropertyType, fromQuery, depth + 1));
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid) || type == typeof(TimeSpan);

    private static bool IsDictionaryOfStrings(Type type) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            && i.GetGenericArguments()[0] == typeof(string));
}
