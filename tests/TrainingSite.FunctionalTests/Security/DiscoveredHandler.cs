namespace TrainingSite.FunctionalTests.Security;

/// <summary>One way to call the site: a route template, a method, a Razor Pages handler name and the fields it binds.</summary>
public sealed record DiscoveredHandler(string Template, string Method, string? HandlerName, IReadOnlyList<FormField> Fields, bool IsApi)
{
    public bool IsPost => Method == "POST";

    /// <summary>The query string that selects the handler, as asp-page-handler writes it (a route value where the template has {handler}).</summary>
    public string HandlerQuery => HandlerName is null || Template.Contains("{handler", StringComparison.Ordinal) ? string.Empty : "handler=" + HandlerName;

    public override string ToString() => $"{Method} {Template}{(HandlerName is null ? string.Empty : "?handler=" + HandlerName)}";
}

/// <summary>A form or query field a handler binds, with the CLR type it binds to.</summary>
public sealed record FormField(string Name, Type Type, bool FromQuery);
