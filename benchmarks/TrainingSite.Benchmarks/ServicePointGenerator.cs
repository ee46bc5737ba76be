using System.Globalization;
using System.Text.Json.Nodes;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Generated service points for the directory benchmark, the same every run (seeded): the shipped regions (one in
/// ten national), the nine kinds of organisation with their names in fi/sv/en, names made of a city and a service
/// word, 1-3 shipped topics, Finnish and 0-3 other languages, weekday hours in person (phone for half, chat for one in
/// five, some evenings), the Christmas and New Year exceptions, and appointment and notes sentences to search in.
/// </summary>
public sealed class ServicePointGenerator(IReadOnlyList<string> topics, int seed)
{
    private static readonly (string Id, string Fi, string Sv, string En)[] Regions =
    [
        ("helsinki", "Helsinki", "Helsingfors", "Helsinki"), ("espoo", "Espoo", "Esbo", "Espoo"),
        ("vantaa", "Vantaa", "Vanda", "Vantaa"), ("kokkola", "Kokkola", "Karleby", "Kokkola"),
    ];

    private static readonly (string Kind, string Fi, string Sv, string En)[] Organisations =
    [
        ("kela", "Kela", "FPA", "Kela"),
        ("employment-services", "Työllisyyspalvelut", "Sysselsättningstjänster", "Employment services"),
        ("wellbeing-services-county", "Hyvinvointialue", "Välfärdsområdet", "Wellbeing services county"),
        ("municipality", "Kaupunki", "Staden", "City"),
        ("immigration-service", "Maahanmuuttovirasto", "Migrationsverket", "Finnish Immigration Service"),
        ("digital-population-data", "Digi- ja väestötietovirasto", "Myndigheten för digitalisering och befolkningsdata", "Digital and Population Data Services Agency"),
        ("tax-administration", "Verohallinto", "Skatteförvaltningen", "Tax Administration"),
        ("educational-institution", "Aikuisopisto", "Vuxeninstitutet", "Adult education centre"),
        ("ngo", "Monikulttuurinen yhdistys", "Mångkulturella föreningen", "Multicultural association"),
    ];

    private static readonly (string Fi, string Sv, string En)[] Services =
    [
        ("neuvonta", "rådgivning", "advice"), ("asiakaspalvelu", "kundtjänst", "customer service"), ("palvelupiste", "serviceställe", "service point"),
        ("infopiste", "infopunkt", "information point"), ("sosiaalineuvonta", "socialrådgivning", "social advice"), ("terveysneuvonta", "hälsorådgivning", "health advice"),
        ("varhaiskasvatus", "småbarnspedagogik", "early childhood education"), ("työnhaku", "jobbsökning", "job search"), ("kotoutuminen", "integration", "integration"),
        ("asumisneuvonta", "boenderådgivning", "housing advice"), ("velkaneuvonta", "skuldrådgivning", "debt advice"), ("opintoneuvonta", "studierådgivning", "study guidance"),
        ("perheneuvola", "familjerådgivning", "family counselling"), ("nuorten palvelut", "ungdomstjänster", "youth services"), ("toimeentulotuki", "utkomststöd", "social assistance"),
        ("oleskelulupa", "uppehållstillstånd", "residence permit"), ("verokortti", "skattekort", "tax card"), ("kielikurssit", "språkkurser", "language courses"),
    ];

    private static readonly string[] Sentences =
    [
        "Ajanvaraus verkossa tai puhelimitse.", "Asiointi ilman ajanvarausta aamupäivisin.", "Tulkki varataan etukäteen.",
        "Palvelu on maksutonta.", "Ota mukaan henkilöllisyystodistus.", "Neuvomme myös ruotsiksi ja englanniksi.",
        "Toimipiste on esteetön, sisäänkäynti pihan puolelta.", "Chat palvelee arkisin.", "Lomakkeet saa myös paperisena.",
        "Aukioloajat tarkistettu verkkosivulta; juhlapyhien ajat vahvistamatta.", "Palvelemme maahanmuuttajia kaikissa kotoutumisen asioissa.",
        "Työttömyysturvan ja asumistuen hakemisessa neuvotaan.", "Lasten päivähoitopaikan hakeminen ja palveluseteli.",
    ];

    private static readonly string[] OtherLanguages = ["sv", "en", "ru", "ar", "so", "fa", "et", "uk"];

    private static readonly string[] Streets = ["Asema", "Kirkko", "Koulu", "Kauppa", "Tori", "Puisto", "Ranta", "Mylly"];

    private readonly Random _random = new(seed);

    public IEnumerable<JsonObject> Generate(int count)
    {
        for (var n = 1; n <= count; n++)
        {
            yield return Point(n);
        }
    }

    private JsonObject Point(int n)
    {
        var region = Regions[_random.Next(Regions.Length)];
        var national = _random.Next(10) == 0;
        var organisation = Organisations[_random.Next(Organisations.Length)];
        var service = Services[_random.Next(Services.Length)];
        var number = n.ToString(CultureInfo.InvariantCulture);
        var opens = 8 + _random.Next(3);
        var closes = 15 + _random.Next(4) + (_random.Next(5) == 0 ? 4 : 0);
        var hours = new JsonObject
        {
            ["inPerson"] = Weekdays(opens, closes),
            ["phone"] = _random.Next(2) == 0 ? Weekdays(9, 16) : new JsonArray(),
            ["chat"] = _random.Next(5) == 0 ? Weekdays(9, 15) : new JsonArray(),
        };
        return new JsonObject
        {
            ["id"] = $"bench-{n:00000}",
            ["region"] = national ? null : region.Id,
            ["status"] = "published",
            ["name"] = Localized($"{organisation.Fi} {region.Fi}, {service.Fi} {number}", $"{organisation.Sv} {region.Sv}, {service.Sv} {number}", $"{organisation.En} {region.En}, {service.En} {number}"),
            ["organisation"] = Localized(organisation.Fi, organisation.Sv, organisation.En),
            ["kind"] = organisation.Kind,
            ["address"] = new JsonObject
            {
                ["street"] = new JsonObject { ["fi"] = $"{Streets[_random.Next(Streets.Length)]}katu {1 + _random.Next(60)}" },
                ["postalCode"] = $"0{_random.Next(1000, 9999)}",
                ["city"] = new JsonObject { ["fi"] = region.Fi, ["sv"] = region.Sv },
            },
            ["phone"] = $"+358 9 {_random.Next(100, 999)} {_random.Next(1000, 9999)}",
            ["web"] = $"https://www.example.fi/palvelut/{n}",
            ["languages"] = new JsonArray([.. Enumerable.Repeat("fi", 1).Concat(OtherLanguages.OrderBy(_ => _random.Next()).Take(_random.Next(4))).Select(l => (JsonNode)l)]),
            ["interpreting"] = new JsonObject { ["phone"] = _random.Next(2) == 0, ["remote"] = _random.Next(3) == 0 },
            ["topics"] = new JsonArray([.. topics.OrderBy(_ => _random.Next()).Take(1 + _random.Next(3)).Select(t => (JsonNode)t)]),
            ["appointment"] = Localized(Sentence() + " " + Sentence(), "Tidsbokning på webben eller per telefon.", "Book online or by phone."),
            ["notes"] = new JsonObject { ["fi"] = Sentence() + " " + Sentence() },
            ["hours"] = hours,
            ["exceptions"] = new JsonArray(
                new JsonObject { ["date"] = "2026-12-24", ["closed"] = true, ["note"] = Localized("Jouluaatto", "Julafton", "Christmas Eve") },
                new JsonObject { ["date"] = "2026-12-25", ["closed"] = true },
                new JsonObject { ["date"] = "2026-12-31", ["channel"] = "inPerson", ["opens"] = "09:00", ["closes"] = "13:00" }),
            ["checked"] = "2026-12-06",
        };
    }

    private string Sentence() => Sentences[_random.Next(Sentences.Length)];

    private static JsonArray Weekdays(int opens, int closes) =>
        [new JsonObject { ["days"] = new JsonArray("mon", "tue", "wed", "thu", "fri"), ["opens"] = $"{opens:00}:00", ["closes"] = $"{closes:00}:00" }];

    private static JsonObject Localized(string fi, string sv, string en) => new() { ["fi"] = fi, ["sv"] = sv, ["en"] = en };
}
