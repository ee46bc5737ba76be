using System.Text.Json;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Recipes;
using TrainingSite.Tests.Shared;

namespace TrainingSite.ServiceDirectory.Tests.Recipes;

/// <summary>The <c>servicepoints</c> step's reader: a valid point read whole, and every problem reported with its JSON path.</summary>
public sealed class ServicePointRecipeReaderTests
{
    private const string Point = "$.steps[0].servicePoints[0]";

    private readonly EchoLocalizer<SharedStrings> _strings = new();

    [Fact]
    public void ReadPoints_ShouldReadEveryField_WhenThePointIsValid()
    {
        var (points, context) = Read(ValidPoint());

        Assert.Empty(context.Problems);
        var item = Assert.Single(points);
        var point = item.Facts;
        Assert.Equal(("kela-espoo-iso-omena", "espoo", true), (item.Id, item.RegionId, item.Published));
        Assert.Equal("kela-espoo-iso-omena", point.PointId);
        Assert.Equal("Kela, Espoo", point.Title["en"]);
        Assert.Equal("FPA", point.Organisation["sv"]);
        Assert.Equal(ServicePointKinds.Kela, point.Kind);
        Assert.Equal("02230", point.PostalCode);
        Assert.Equal("Esbo", point.City["sv"]);
        Assert.Equal(60.1613, point.Latitude);
        Assert.Equal("+358 20 692 202", point.Phone);
        Assert.Equal(["fi", "sv", "en"], point.Languages);
        Assert.True(point.PhoneInterpreting);
        Assert.False(point.RemoteInterpreting);
        Assert.Equal(["social-services-and-benefits"], point.Topics);
        Assert.Equal(10, point.Schedule.Count);
        Assert.Contains(new WeeklyRange(ServiceChannel.Phone, DayOfWeek.Friday, 9 * 60, 24 * 60), point.Schedule);
        Assert.Equal(2, point.Exceptions.Count);
        Assert.True(point.Exceptions[0].Closed);
        Assert.Null(point.Exceptions[0].Channel);
        Assert.Equal(ServiceChannel.InPerson, point.Exceptions[1].Channel);
        Assert.Equal(13 * 60, point.Exceptions[1].Closes);
        Assert.Equal(new DateOnly(2026, 12, 6), point.CheckedOn);
        Assert.Contains(("region", "espoo", $"{Point}.region"), context.References);
        Assert.Contains(("topic", "social-services-and-benefits", $"{Point}.topics[0]"), context.References);
    }

    [Fact]
    public void ReadPoints_ShouldLeaveAPointUnpublished_WhenItsStatusIsDraft()
    {
        var (points, context) = Read(ValidPoint().Replace("\"status\": \"published\"", "\"status\": \"draft\"", StringComparison.Ordinal));

        Assert.Empty(context.Problems);
        Assert.False(Assert.Single(points).Published);
    }

    [Fact]
    public void ReadPoints_ShouldReportOverlappingRanges_OnTheLaterRangeWithTheDay()
    {
        var (_, context) = Read(ValidPoint(hours: """
            { "inPerson": [ { "days": ["mon", "tue", "wed"], "opens": "09:00", "closes": "16:00" },
                            { "days": ["wed"], "opens": "15:00", "closes": "17:00" },
                            { "days": ["thu"], "opens": "16:00", "closes": "18:00" } ],
              "phone": [ { "days": ["sun"], "opens": "22:00", "closes": "02:00" },
                         { "days": ["mon"], "opens": "01:00", "closes": "03:00" } ],
              "chat": [ { "days": ["wed"], "opens": "15:00", "closes": "17:00" } ] }
            """));

        Assert.Equal(
            [
                ($"{Point}.hours.inPerson[1]", $"{ServicePointMessages.OverlappingHours}({Point}.hours.inPerson[0]|wed)"),
                ($"{Point}.hours.phone[1]", $"{ServicePointMessages.OverlappingHours}({Point}.hours.phone[0]|mon)"),
            ],
            Problems(context));
    }

    [Fact]
    public void ReadPoints_ShouldNameAnUnknownChannel_RatherThanDropItsHours()
    {
        var (_, context) = Read(ValidPoint(hours: """{ "inperson": [ { "days": ["mon"], "opens": "09:00", "closes": "16:00" } ] }"""));

        Assert.Equal(
            [($"{Point}.hours.inperson", $"{RecipeMessages.OneOf}(inperson|inPerson, phone, chat)")],
            Problems(context));
    }

    [Fact]
    public void ReadPoints_ShouldReportBadTimesDaysAndDates_EachWithItsPath()
    {
        var (_, context) = Read(ValidPoint(
            hours: """
                { "inPerson": [ { "days": ["monday", "tue"], "opens": "9:00", "closes": "25:00" },
                                { "days": [], "opens": "24:00", "closes": "12:60" },
                                { "days": ["fri"], "opens": "10:00", "closes": "10:00" } ] }
                """,
            exceptions: """
                [ { "date": "2026-02-30", "closed": true },
                  { "date": "2026-12-24", "closed": true, "opens": "09:00", "closes": "12:00" },
                  { "date": "2026-12-31", "channel": "fax", "opens": "09:00" } ]
                """));

        Assert.Equal(
            [
                ($"{Point}.hours.inPerson[0].days[0]", $"{RecipeMessages.OneOf}(monday|mon, tue, wed, thu, fri, sat, sun)"),
                ($"{Point}.hours.inPerson[0].opens", $"{ServicePointMessages.InvalidTime}(9:00)"),
                ($"{Point}.hours.inPerson[0].closes", $"{ServicePointMessages.InvalidTime}(25:00)"),
                ($"{Point}.hours.inPerson[1].days", RecipeMessages.Required),
                ($"{Point}.hours.inPerson[1].opens", $"{ServicePointMessages.InvalidTime}(24:00)"),
                ($"{Point}.hours.inPerson[1].closes", $"{ServicePointMessages.InvalidTime}(12:60)"),
                ($"{Point}.hours.inPerson[2].closes", $"{ServicePointMessages.EmptyHours}(10:00)"),
                ($"{Point}.exceptions[0].date", $"{RecipeMessages.ExpectedDate}(2026-02-30)"),
                ($"{Point}.exceptions[1]", ServicePointMessages.HoursOrClosed),
                ($"{Point}.exceptions[2].channel", $"{RecipeMessages.OneOf}(fax|inPerson, phone, chat)"),
                ($"{Point}.exceptions[2]", ServicePointMessages.HoursOrClosed),
            ],
            Problems(context));
    }

    [Fact]
    public void ReadPoints_ShouldReportExceptionsThatContradictEachOther_OnOneDateAndChannel()
    {
        var (_, context) = Read(ValidPoint(exceptions: """
            [ { "date": "2026-12-24", "closed": true },
              { "date": "2026-12-24", "opens": "09:00", "closes": "12:00" },
              { "date": "2026-12-24", "channel": "phone", "opens": "09:00", "closes": "12:00" },
              { "date": "2026-12-31", "channel": "phone", "opens": "09:00", "closes": "12:00" },
              { "date": "2026-12-31", "channel": "phone", "opens": "11:00", "closes": "14:00" },
              { "date": "2026-12-31", "channel": "phone", "opens": "14:00", "closes": "16:00" } ]
            """));

        Assert.Equal(
            [
                ($"{Point}.exceptions[1]", $"{ServicePointMessages.OverlappingHours}({Point}.exceptions[0]|2026-12-24)"),
                ($"{Point}.exceptions[4]", $"{ServicePointMessages.OverlappingHours}({Point}.exceptions[3]|2026-12-31)"),
            ],
            Problems(context));
    }

    [Fact]
    public void ReadPoints_ShouldReportContactDetailsLanguagesKindAndDuplicateIds()
    {
        var second = ValidPoint(phone: "358 20 692 202", web: "www.kela.fi", languages: """["fi", "xx", "FI", "so"]""")
            .Replace("\"kind\": \"kela\"", "\"kind\": \"bank\"", StringComparison.Ordinal)
            .Replace("\"postalCode\": \"02230\"", "\"postalCode\": \"2230\"", StringComparison.Ordinal)
            .Replace("\"lat\": 60.1613", "\"lat\": 95", StringComparison.Ordinal);
        using var step = JsonDocument.Parse($$"""{ "step": "servicepoints", "servicePoints": [ {{ValidPoint()}}, {{second}} ] }""");
        var context = new RecipeValidationContext(_strings);

        ServicePointRecipeReader.ReadPoints(step.RootElement, "$.steps[0]", context);

        const string SecondPoint = "$.steps[0].servicePoints[1]";
        Assert.Equal(
            [
                ($"{SecondPoint}.id", $"{RecipeMessages.DuplicateId}(servicepoint|kela-espoo-iso-omena)"),
                ($"{SecondPoint}.kind", $"{RecipeMessages.OneOf}(bank|{string.Join(", ", ServicePointKinds.All)})"),
                ($"{SecondPoint}.phone", $"{ServicePointMessages.InvalidPhone}(358 20 692 202)"),
                ($"{SecondPoint}.web", $"{ServicePointMessages.InvalidUrl}(www.kela.fi)"),
                ($"{SecondPoint}.languages[1]", $"{ServicePointMessages.UnknownLanguage}(xx)"),
                ($"{SecondPoint}.languages[2]", $"{ServicePointMessages.UnknownLanguage}(FI)"),
                ($"{SecondPoint}.address.postalCode", $"{ServicePointMessages.InvalidPostalCode}(2230)"),
                ($"{SecondPoint}.coordinates.lat", $"{RecipeMessages.OutOfRange}(95|-90|90)"),
            ],
            Problems(context));
    }

    [Fact]
    public void ReadPoints_ShouldAcceptAnAddressOfOnlyTheCity_WhenStreetAndPostalCodeAreNotConfirmed()
    {
        var (points, context) = Read(ValidPoint().Replace(
            """address": { "street": { "fi": "Piispansilta 11", "sv": "Biskopsbron 11" }, "postalCode": "02230", "city": { "fi": "Espoo", "sv": "Esbo" } }""",
            """address": { "city": { "fi": "Espoo", "sv": "Esbo" } }""",
            StringComparison.Ordinal));

        Assert.Empty(context.Problems);
        var point = Assert.Single(points).Facts;
        Assert.Equal(("Esbo", null, 0), (point.City["sv"], point.PostalCode, point.Street.Count));
    }

    [Fact]
    public void ReadPoints_ShouldRequireTheCity_WhenAnAddressIsGiven()
    {
        var (_, context) = Read(ValidPoint().Replace(
            """address": { "street": { "fi": "Piispansilta 11", "sv": "Biskopsbron 11" }, "postalCode": "02230", "city": { "fi": "Espoo", "sv": "Esbo" } }""",
            """address": { "postalCode": "02230" }""",
            StringComparison.Ordinal));

        Assert.Equal([($"{Point}.address.city", RecipeMessages.Required)], Problems(context));
    }

    [Fact]
    public void ReadPoints_ShouldRequireTheFactsEveryPointNeeds()
    {
        var (_, context) = Read("""{ "id": "bare-point" }""");

        Assert.Equal(
            [
                $"{Point}.name", $"{Point}.organisation", $"{Point}.kind", $"{Point}.languages",
                $"{Point}.topics", $"{Point}.appointment", $"{Point}.checked",
            ],
            context.Problems.Select(p => p.Path));
    }

    private (IReadOnlyList<ServicePointRecipeItem> Points, RecipeValidationContext Context) Read(string point)
    {
        using var step = JsonDocument.Parse($$"""{ "step": "servicepoints", "servicePoints": [ {{point}} ] }""");
        var context = new RecipeValidationContext(_strings);
        return (ServicePointRecipeReader.ReadPoints(step.RootElement, "$.steps[0]", context), context);
    }

    private static List<(string Path, string Message)> Problems(RecipeValidationContext context) =>
        [.. context.Problems.Select(p => (p.Path, p.Message))];

    private static string ValidPoint(
        string? hours = null,
        string? exceptions = null,
        string phone = "+358 20 692 202",
        string web = "https://www.kela.fi/",
        string languages = """["fi", "sv", "en"]""") =>
        $$"""
        {
          "id": "kela-espoo-iso-omena", "region": "espoo", "status": "published",
          "name": { "fi": "Kela, Espoon palvelupiste", "sv": "FPA, Esbo", "en": "Kela, Espoo" },
          "organisation": { "fi": "Kela", "sv": "FPA", "en": "Kela" },
          "kind": "kela",
          "address": { "street": { "fi": "Piispansilta 11", "sv": "Biskopsbron 11" }, "postalCode": "02230", "city": { "fi": "Espoo", "sv": "Esbo" } },
          "coordinates": { "lat": 60.1613, "lon": 24.7383 },
          "phone": "{{phone}}", "web": "{{web}}",
          "languages": {{languages}},
          "interpreting": { "phone": true, "remote": false },
          "topics": ["social-services-and-benefits"],
          "appointment": { "fi": "Ajanvaraus verkossa.", "en": "Book online." },
          "hours": {{hours ?? """
            { "inPerson": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "16:00" } ],
              "phone": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "24:00" } ], "chat": [] }
            """}},
          "exceptions": {{exceptions ?? """
            [ { "date": "2026-12-24", "closed": true, "note": { "fi": "Jouluaatto" } },
              { "date": "2026-12-31", "channel": "inPerson", "opens": "09:00", "closes": "13:00" } ]
            """}},
          "checked": "2026-12-06"
        }
        """;
}
