namespace TrainingSite.Reports.Dashboard;

/// <summary>The median of a list: the middle value, or the mean of the two middle values when the count is even.</summary>
public static class Median
{
    public static double? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
