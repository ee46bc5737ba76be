namespace TrainingSite.ServiceDirectory.Services;

/// <summary>
/// One row of the dated exceptions (<c>Input.Exceptions[2].Date</c>): a date, the channel (empty: every channel),
/// closed or its own opening and closing time, a note per language. A row left empty, or marked to be removed, is none.
/// </summary>
public sealed class ExceptionInput
{
    public string? Date { get; set; }

    public string? Channel { get; set; }

    public bool Closed { get; set; }

    public string? Opens { get; set; }

    public string? Closes { get; set; }

    public Dictionary<string, string?> Note { get; set; } = [];

    public bool Remove { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(Opens) && string.IsNullOrWhiteSpace(Closes) && !Closed
        && Note.Values.All(string.IsNullOrWhiteSpace);
}
