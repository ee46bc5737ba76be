using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Localization;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Recipes;
using TrainingSite.ServiceDirectory.Services;
using TrainingSite.Tests.Shared;

namespace TrainingSite.ServiceDirectory.Tests.Services;

/// <summary>
/// The authoring form read by the recipe step's rules: a complete form becomes the facts; every problem the step would
/// report (bad times, overlapping hours, contradicting exceptions, unknown language or topic, invalid phone, web
/// address or postal code) lands under its field's name, with the step's message where it suits a form.
/// </summary>
public sealed class ServicePointFormReaderTests
{
    private static readonly TopicInfo[] Topics = [new("housing", new LocalizedText(new Dictionary<string, string> { ["fi"] = "Asuminen" }))];

    private readonly ServicePointFormReader _reader = new(new EchoLocalizer<ServiceDirectoryStrings>(), new EchoLocalizer<SharedStrings>());

    [Fact]
    public void Read_ShouldTurnACompleteFormIntoFacts_WithoutProblems()
    {
        var input = Valid();
        var modelState = new ModelStateDictionary();

        var facts = _reader.Read(input, Topics, modelState);

        Assert.True(modelState.IsValid, string.Join("; ", modelState.Select(e => $"{e.Key}: {e.Value!.Errors[0].ErrorMessage}")));
        Assert.Equal("Neuvonta", facts.Title["fi"]);
        Assert.Equal(ServicePointKinds.Municipality, facts.Kind);
        Assert.Equal(["fi", "sv", "so"], facts.Languages);
        Assert.Equal(["housing"], facts.Topics);
        Assert.Equal((60.5, 24.25), (facts.Latitude, facts.Longitude));
        Assert.Equal(
            [(ServiceChannel.InPerson, DayOfWeek.Monday, 540, 720), (ServiceChannel.InPerson, DayOfWeek.Monday, 780, 1440), (ServiceChannel.Phone, DayOfWeek.Friday, 1320, 120)],
            facts.Schedule.Select(r => (r.Channel, r.Day, r.Opens, r.Closes)));
        var exception = Assert.Single(facts.Exceptions);
        Assert.Equal((new DateOnly(2026, 12, 24), (ServiceChannel?)ServiceChannel.Phone, true, "Jouluaatto"), (exception.Date, exception.Channel, exception.Closed, exception.Note!["fi"]));
        Assert.Equal(new DateOnly(2026, 12, 6), facts.CheckedOn);
    }

    [Fact]
    public void Read_ShouldPutEveryProblemUnderItsField_WithTheStepsMessages()
    {
        var input = Valid();
        input.Phone = "call us";
        input.Web = "www.example.fi";
        input.PostalCode = "2230";
        input.Languages = "fi, xx";
        input.Topics = ["housing", "no-such-topic"];
        input.Hours[1] = Slot("inPerson", "mon", "11:00", "14:00");
        input.Hours[2] = Slot("phone", "fri", "25:00", "26:00");
        input.Exceptions.Add(new ExceptionInput { Date = "2026-12-24", Channel = "phone", Opens = "10:00", Closes = "12:00" });
        input.Exceptions.Add(new ExceptionInput { Date = "2026-12-31", Closed = true, Opens = "10:00" });
        var modelState = new ModelStateDictionary();

        _reader.Read(input, Topics, modelState);

        var problems = modelState.Where(e => e.Value!.Errors.Count > 0).ToDictionary(e => e.Key, e => e.Value!.Errors[0].ErrorMessage);
        Assert.Equal(
            ["Input.Exceptions[2].Date", "Input.Exceptions[3].Opens", "Input.Hours[1].Opens", "Input.Hours[2].Closes", "Input.Hours[2].Opens", "Input.Languages", "Input.Phone", "Input.PostalCode", "Input.Topics", "Input.Web"],
            problems.Keys.Order(StringComparer.Ordinal));
        Assert.Contains($"{ServicePointMessages.InvalidPhone}(call us)", problems["Input.Phone"], StringComparison.Ordinal);
        Assert.Contains($"{ServicePointMessages.InvalidUrl}(www.example.fi)", problems["Input.Web"], StringComparison.Ordinal);
        Assert.Contains($"{ServicePointMessages.InvalidPostalCode}(2230)", problems["Input.PostalCode"], StringComparison.Ordinal);
        Assert.Contains($"{ServicePointMessages.UnknownLanguage}(xx)", problems["Input.Languages"], StringComparison.Ordinal);
        Assert.Contains($"{ServicePointMessages.InvalidTime}(25:00)", problems["Input.Hours[2].Opens"], StringComparison.Ordinal);
        Assert.Contains($"{ServicePointMessages.InvalidTime}(26:00)", problems["Input.Hours[2].Closes"], StringComparison.Ordinal);
        Assert.StartsWith("Authoring.HoursOverlap(", problems["Input.Hours[1].Opens"], StringComparison.Ordinal);
        Assert.StartsWith("Authoring.ExceptionConflict(", problems["Input.Exceptions[2].Date"], StringComparison.Ordinal);
        Assert.Contains("Authoring.ExceptionHoursOrClosed", problems["Input.Exceptions[3].Opens"], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShouldAskForTheRequiredTexts_AndTheCityOfAnAddress_AndBothCoordinates()
    {
        var input = Valid();
        input.Name = new() { ["sv"] = "Rådgivning" };
        input.Organisation = [];
        input.City = [];
        input.Latitude = null;
        input.Kind = "bank";
        input.CheckedOn = "6.12.2026";
        var modelState = new ModelStateDictionary();

        _reader.Read(input, Topics, modelState);

        Assert.Equal(
            ["Input.CheckedOn", "Input.City[fi]", "Input.Kind", "Input.Latitude", "Input.Name[fi]", "Input.Organisation[fi]"],
            modelState.Where(e => e.Value!.Errors.Count > 0).Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void From_ShouldOfferTwoSlotsADayPerChannel_AndWriteMidnightAsTheTimeInputsDo()
    {
        var version = new ServicePointVersion { PointId = "p", Schedule = [new(ServiceChannel.Phone, DayOfWeek.Monday, 480, 1440)] };

        var input = ServicePointInput.From(version);

        Assert.Equal(3 * 7 * 2, input.Hours.Count);
        Assert.Equal(("08:00", "00:00"), input.Hours.Where(h => h.Channel == "phone" && h.Day == "mon").Select(h => (h.Opens, h.Closes)).First());
        Assert.Equal(ServicePointInput.EmptyExceptionRows, input.Exceptions.Count);
    }

    private static ServicePointInput Valid() => new()
    {
        Name = new() { ["fi"] = "Neuvonta", ["sv"] = " " },
        Organisation = new() { ["fi"] = "Espoon kaupunki" },
        Kind = ServicePointKinds.Municipality,
        Street = new() { ["fi"] = "Piispansilta 11" },
        PostalCode = "02230",
        City = new() { ["fi"] = "Espoo" },
        Latitude = "60,5",
        Longitude = "24.25",
        Phone = "+358 9 816 57070",
        Web = "https://www.espoo.fi/",
        Languages = "fi, SV so",
        Topics = ["housing"],
        Appointment = new() { ["fi"] = "Ilman ajanvarausta." },
        CheckedOn = "2026-12-06",
        Hours =
        [
            Slot("inPerson", "mon", "09:00", "12:00"),
            Slot("inPerson", "mon", "13.00", "00:00"),
            Slot("phone", "fri", "22:00", "02:00"),
            Slot("chat", "sun", string.Empty, string.Empty),
        ],
        Exceptions = [new ExceptionInput { Date = "2026-12-24", Channel = "phone", Closed = true, Note = new() { ["fi"] = "Jouluaatto" } }, new ExceptionInput()],
    };

    private static WeeklySlotInput Slot(string channel, string day, string opens, string closes) => new() { Channel = channel, Day = day, Opens = opens, Closes = closes };
}
