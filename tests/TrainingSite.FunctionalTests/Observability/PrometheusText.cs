using System.Globalization;

namespace TrainingSite.FunctionalTests.Observability;

/// <summary>Reads samples from Prometheus' text exposition format.</summary>
public static class PrometheusText
{
    /// <summary>The sum of the samples named <paramref name="name"/> (with <paramref name="label"/>, e.g. <c>outcome="passed"</c>); 0 when none.</summary>
    public static double Sum(string text, string name, string? label = null) =>
        Samples(text, name).Where(s => label is null || s.Labels.Contains(label, StringComparison.Ordinal)).Sum(s => s.Value);

    public static bool Has(string text, string name) => Samples(text, name).Any();

    private static IEnumerable<(string Labels, double Value)> Samples(string text, string name)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(name, StringComparison.Ordinal) || line.Length == name.Length || line[name.Length] is not ('{' or ' '))
            {
                continue;
            }

            var labelsEnd = line[name.Length] == '{' ? line.LastIndexOf('}') + 1 : name.Length; // a label value may hold braces (a route)
            var value = line[labelsEnd..].Trim().Split(' ')[0];
            yield return (line[name.Length..labelsEnd], double.Parse(value, CultureInfo.InvariantCulture));
        }
    }
}
