namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// A filter as read from a request: the <see cref="Filter"/> when every value is valid, the keys of the messages for the
/// values that are not (a 400 with the form), or <see cref="OutOfScope"/> when it names a region the caller may not see
/// (a 404, as for a region that does not exist). <see cref="Values"/> refill the form.
/// </summary>
public sealed record LearnerFilterRequest(LearnerFilter Filter, int Page, IReadOnlyList<string> Errors, bool OutOfScope, IReadOnlyDictionary<string, string> Values)
{
    public bool IsValid => Errors.Count == 0 && !OutOfScope;

    public string Value(string name) => Values.TryGetValue(name, out var value) ? value : string.Empty;

    /// <summary>The filter as a query string (for the CSV link and the pages), without the page number.</summary>
    public string Query() => string.Join("&", Values.Where(v => v.Key != "page" && v.Value.Length > 0).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}"));
}
