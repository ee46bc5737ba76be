using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Xunit;

namespace TrainingSite.Testing;

/// <summary>
/// A browser-like HTTP client: keeps cookies, reads pages with AngleSharp and posts forms with their
/// antiforgery token, as a person without JavaScript would.
/// </summary>
public sealed class SiteClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var response = await http.SendAsync(request);
        return (response, await ParseAsync(response));
    }

    /// <summary>Opens <paramref name="pageUrl"/>, fills its form (the first, or the one matching the selector) and submits it.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Document)> SubmitFormAsync(
        string pageUrl, IReadOnlyDictionary<string, string> fields, string formSelector = "main form", string? submitName = null, string? submitValue = null)
    {
        var (page, document) = await GetPageAsync(pageUrl);
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl} answered {(int)page.StatusCode}");
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type is "hidden" && !fields.ContainsKey(i.Name ?? string.Empty)))
        {
            values.Add(new(input.Name!, input.Value));
        }

        values.AddRange(fields);
        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : pageUrl;
        if (submitName == "handler")
        {
            // A button with asp-page-handler posts to "?handler=Name", as the browser does with its formaction.
            action = $"{action.Split('?')[0]}?handler={submitValue}";
        }
        else if (submitName is not null)
        {
            values.Add(new(submitName, submitValue ?? string.Empty));
        }

        return await PostAsync(action, values);
    }

    public async Task<(HttpResponseMessage Response, IDocument Document)> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(values);
        var response = await http.PostAsync(url, content);
        return (response, await ParseAsync(response));
    }

    /// <summary>An antiforgery token from any page with a form, for posting to handlers directly.</summary>
    public async Task<string> AntiforgeryTokenAsync(string pageUrl = "/language")
    {
        var (_, document) = await GetPageAsync(pageUrl);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}");
    }

    public async Task SignInAsync(string email, string password)
    {
        var (response, document) = await SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in failed ({(int)response.StatusCode}): {document.QuerySelector(".error-summary")?.TextContent}");
    }

    public void Dispose() => http.Dispose();

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }
}
