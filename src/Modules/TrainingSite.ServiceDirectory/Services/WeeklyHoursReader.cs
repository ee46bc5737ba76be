using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Recipes;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>The weekly hours grid of the form into ranges: times read and ranges compared as the recipe step does (<see cref="OpeningHoursChecks"/>).</summary>
internal sealed class WeeklyHoursReader(FormProblems problems)
{
    public List<WeeklyRange> Read(IReadOnlyList<WeeklySlotInput> slots)
    {
        var schedule = new List<(int Index, WeeklyRange Range)>();
        for (var index = 0; index < slots.Count; index++)
        {
            var slot = slots[index];
            var key = $"Input.Hours[{index}]";
            if (slot.IsEmpty)
            {
                continue;
            }

            if (!OpeningHoursReader.Channels.TryGetValue(slot.Channel ?? string.Empty, out var channel) || !OpeningHoursReader.Days.TryGetValue(slot.Day ?? string.Empty, out var day))
            {
                problems.Add($"{key}.Opens", problems.Shared("Validation.OneOf"));
                continue;
            }

            var label = Label(slots, index);
            var opens = problems.Time(slot.Opens, $"{key}.Opens", label, closing: false);
            var closes = problems.Time(slot.Closes, $"{key}.Closes", label, closing: true);
            if (string.IsNullOrWhiteSpace(slot.Opens) || string.IsNullOrWhiteSpace(slot.Closes))
            {
                problems.Add(string.IsNullOrWhiteSpace(slot.Opens) ? $"{key}.Opens" : $"{key}.Closes", problems.LabelledAs(label, problems.Strings("Authoring.HoursBoth")));
            }
            else if (opens is { } o && closes is { } c)
            {
                if (OpeningHoursChecks.IsEmpty(o, c))
                {
                    problems.Add($"{key}.Closes", problems.LabelledAs(label, problems.Shared(ServicePointMessages.EmptyHours, slot.Closes!.Trim())));
                }
                else
                {
                    schedule.Add((index, new WeeklyRange(channel, day, o, c)));
                }
            }
        }

        foreach (var channel in schedule.GroupBy(s => s.Range.Channel))
        {
            var ranges = channel.Select(s => (s.Index, s.Index, s.Range.Day, s.Range.Opens, s.Range.Closes));
            foreach (var (earlier, later, _) in OpeningHoursChecks.WeeklyOverlaps(ranges))
            {
                problems.Add($"Input.Hours[{later}].Opens", problems.Strings("Authoring.HoursOverlap", Describe(slots, later), Describe(slots, earlier)));
            }
        }

        return [.. schedule.Select(s => s.Range)];
    }

    /// <summary>"In person, Monday, time 2": the channel, the day and the slot's place among the day's slots.</summary>
    private string Label(IReadOnlyList<WeeklySlotInput> slots, int index)
    {
        var slot = slots[index];
        var place = slots.Take(index + 1).Count(s => s.Channel == slot.Channel && s.Day == slot.Day);
        return problems.Strings("Authoring.SlotLabel", problems.Strings($"Authoring.Channel.{slot.Channel}"), problems.Strings($"Authoring.Weekday.{slot.Day}"), place);
    }

    private string Describe(IReadOnlyList<WeeklySlotInput> slots, int index) =>
        problems.Strings("Authoring.SlotTimes", Label(slots, index), slots[index].Opens!.Trim(), slots[index].Closes!.Trim());
}
