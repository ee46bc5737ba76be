namespace TrainingSite.Benchmarks;

/// <summary>
/// Names, organisations and languages for the reports benchmark's accounts: Finnish and Swedish names with ä, ö and
/// å, and organisations whose names need CSV quoting (a semicolon, quotes), so the export is exercised as in use.
/// </summary>
public static class ReportsPeople
{
    private static readonly string[] FirstNames =
    [
        "Päivi", "Väinö", "Åsa", "Sören", "Björn", "Aino", "Mikko", "Sanna", "Jukka", "Özlem", "Amina", "Leena",
        "Ville", "Jenni", "Tuomas", "Kaisa", "Annika", "Jörgen", "Mäiju", "Hannu",
    ];

    private static readonly string[] LastNames =
    [
        "Mäkinen", "Hämäläinen", "Virtanen", "Järvinen", "Söderström", "Åberg", "Öhman", "Korhonen", "Nieminen",
        "Lindqvist", "Kärkkäinen", "Ahonen", "Björklund", "Heikkilä", "Laaksonen", "Väisänen", "Åström", "Pöyhönen",
    ];

    private static readonly string[] Organisations =
    [
        "Espoon kaupunki, työllisyyspalvelut", "Helsingin kaupunki, maahanmuuttajapalvelut", "Vantaan työllisyyspalvelut",
        "Kokkolan kaupunki", "Työ- ja elinkeinotoimisto", "Kansaneläkelaitos", "Ohjaamo Espoo", "Yrkesinstitutet Prakticum",
        "Folkhälsan", "Kotoutumiskeskus Väylä", "Pääkaupunkiseudun kierrätyskeskus", "Luovi; ammattiopisto",
        "Yhdistys \"Yhdessä\" ry", "Åbo Akademi", "Österbottens välfärdsområde", "Keski-Pohjanmaan hyvinvointialue",
    ];

    public static string Name(Random random) => $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";

    /// <summary>One learner in seven leaves the organisation empty.</summary>
    public static string? Organisation(Random random) => random.Next(7) == 0 ? null : Organisations[random.Next(Organisations.Length)];

    /// <summary>Finnish for most, Swedish for one in seven, English for the rest.</summary>
    public static string Language(Random random) => random.Next(100) switch
    {
        < 78 => "fi",
        < 92 => "sv",
        _ => "en",
    };

    /// <summary>How learners spread over the shipped regions (Helsinki the largest) and no region at all (null, one in ten).</summary>
    public static string? HomeRegion(Random random, IReadOnlyList<ContentRegion> regions)
    {
        var weights = regions.Select(r => (Id: (string?)r.Id, Weight: r.Id switch { "helsinki" => 34, "espoo" => 24, "vantaa" => 20, _ => 12 }))
            .Append((Id: null, Weight: 10)).ToList();
        var roll = random.Next(weights.Sum(w => w.Weight));
        foreach (var (id, weight) in weights)
        {
            if (roll < weight)
            {
                return id;
            }

            roll -= weight;
        }

        return null;
    }
}
