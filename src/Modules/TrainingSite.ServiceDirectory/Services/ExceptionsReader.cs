using System.Globalization;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Recipes;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>The form's exception rows into dated exceptions, checked as the recipe step checks them (<see cref="OpeningHoursChecks"/>).</summary>
internal sealed class ExceptionsReader(FormProblems problems)
{
    /// <summary>The step's limit for a note's text in each language.</summary>
    private const int NoteLength = 200;

    public List<ExceptionDay> Read(IReadOnlyList<ExceptionInput> rows)
    {
        var exceptions = new List<(int Index, ExceptionDay Exception)>();
        for (var index = 0; index < rows.Count; index++)
        {
            if (rows[index] is { } row && !row.Remove && !row.IsEmpty && Read(row, index) is { } exception)
            {
                exceptions.Add((index, exception));
            }
        }

        foreach (var (earlier, later, _) in OpeningHoursChecks.ConflictingExceptions(exceptions.Select(e => (e.Index, e.Exception))))
        {
            problems.Add($"Input.Exceptions[{later}].Date", problems.Strings("Authoring.ExceptionConflict", Label(later), Label(earlier)));
        }

        return [.. exceptions.Select(e => e.Exception)];
    }

    private ExceptionDay? Read(ExceptionInput row, int index)
    {
        var (key, label) = ($"Input.Exceptions[{index}]", Label(index));
        var valid = true;
        if (!DateOnly.TryParseExact(row.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add($"{key}.Date", problems.LabelledAs(label, problems.Strings("Authoring.DateExpected")));
            valid = false;
        }

        ServiceChannel? channel = null;
        if (!string.IsNullOrEmpty(row.Channel))
        {
            if (OpeningHoursReader.Channels.TryGetValue(row.Channel, out var named))
            {
                channel = named;
            }
            else
            {
                problems.Add($"{key}.Channel", problems.LabelledAs(label, problems.Shared("Validation.OneOf")));
                valid = false;
            }
        }

        var (hasOpens, hasCloses) = (!string.IsNullOrWhiteSpace(row.Opens), !string.IsNullOrWhiteSpace(row.Closes));
        var opens = problems.Time(row.Opens, $"{key}.Opens", label, closing: false);
        var closes = problems.Time(row.Closes, $"{key}.Closes", label, closing: true);
        valid &= opens is not null || !hasOpens;
        valid &= closes is not null || !hasCloses;
        if (!OpeningHoursChecks.IsClosedOrHasHours(row.Closed, hasOpens, hasCloses))
        {
            problems.Add(row.Closed || !hasOpens ? $"{key}.Opens" : $"{key}.Closes", problems.LabelledAs(label, problems.Strings("Authoring.ExceptionHoursOrClosed")));
            valid = false;
        }
        else if (opens is { } o && closes is { } c && OpeningHoursChecks.IsEmpty(o, c))
        {
            problems.Add($"{key}.Closes", problems.LabelledAs(label, problems.Shared(ServicePointMessages.EmptyHours, row.Closes!.Trim())));
            valid = false;
        }

        var note = problems.Text(row.Note, $"{key}.Note", problems.Strings("Authoring.ExceptionNote", label), NoteLength);
        return valid
            ? new ExceptionDay(date, channel, row.Closed, row.Closed ? null : opens, row.Closed ? null : closes, note.Count > 0 ? note : null)
            : null;
    }

    private string Label(int index) => problems.Strings("Authoring.ExceptionLabel", index + 1);
}
