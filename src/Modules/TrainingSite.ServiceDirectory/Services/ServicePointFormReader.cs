using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Recipes;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>
/// Checks the service point editor's form and turns it into facts, by the rules the <c>servicepoints</c> recipe step
/// keeps (<see cref="ContactFormats"/>, <see cref="LanguageCodes"/>, <see cref="OpeningHoursReader.ParseTime"/>,
/// <see cref="OpeningHoursChecks"/>, the step's lengths) and with the step's messages where they suit a form. Every
/// problem goes into the model state under its field's name, so the error summary links to the field.
/// </summary>
public sealed class ServicePointFormReader(IStringLocalizer<ServiceDirectoryStrings> strings, IStringLocalizer<SharedStrings> shared)
{
    public const int ShortTextLength = 200;
    public const int PhoneLength = 40;
    public const int WebLength = 400;

    /// <summary>The facts of <paramref name="input"/>; meaningful only when <paramref name="modelState"/> stays valid.</summary>
    public ServicePointVersion Read(ServicePointInput input, IReadOnlyList<TopicInfo> topics, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        var problems = new FormProblems(modelState, strings, shared);
        var facts = new ServicePointVersion
        {
            PointId = string.Empty,
            Title = problems.Text(input.Name, "Name", ShortTextLength, finnishRequired: true),
            Organisation = problems.Text(input.Organisation, "Organisation", ShortTextLength, required: true),
            Kind = ReadKind(input, problems),
            Street = problems.Text(input.Street, "Street", ShortTextLength),
            City = problems.Text(input.City, "City", ShortTextLength),
            PostalCode = problems.Checked(input.PostalCode, "PostalCode", 10, ContactFormats.IsValidPostalCode, ServicePointMessages.InvalidPostalCode),
            Phone = problems.Checked(input.Phone, "Phone", PhoneLength, ContactFormats.IsValidPhone, ServicePointMessages.InvalidPhone),
            Web = problems.Checked(input.Web, "Web", WebLength, ContactFormats.IsValidWebAddress, ServicePointMessages.InvalidUrl),
            Languages = ReadLanguages(input, problems),
            PhoneInterpreting = input.PhoneInterpreting,
            RemoteInterpreting = input.RemoteInterpreting,
            Topics = ReadTopics(input, topics, problems),
            Appointment = problems.Text(input.Appointment, "Appointment", ServicePointRecipeReader.MaxLongTextLength, required: true),
            Accessibility = problems.Text(input.Accessibility, "Accessibility", ServicePointRecipeReader.MaxLongTextLength),
            Notes = problems.Text(input.Notes, "Notes", ServicePointRecipeReader.MaxLongTextLength),
            CheckedOn = ReadCheckedOn(input, problems),
        };

        // As in the recipe: an address needs its city; street and postal code may be left out when not confirmed.
        if (facts.City.Count == 0 && (facts.Street.Count > 0 || facts.PostalCode is not null))
        {
            problems.Add($"Input.City[{SiteCultures.Default}]", strings["Authoring.CityRequired"]);
        }

        (facts.Latitude, facts.Longitude) = ReadCoordinates(input, problems);
        facts.Schedule = new WeeklyHoursReader(problems).Read(input.Hours);
        facts.Exceptions = new ExceptionsReader(problems).Read(input.Exceptions);
        return facts;
    }

    private static string ReadKind(ServicePointInput input, FormProblems problems)
    {
        if (!ServicePointKinds.All.Contains(input.Kind ?? string.Empty))
        {
            problems.Add("Input.Kind", problems.Labelled("Kind", problems.Shared("Validation.OneOf")));
            return string.Empty;
        }

        return input.Kind!;
    }

    private static List<string> ReadLanguages(ServicePointInput input, FormProblems problems)
    {
        var codes = (input.Languages ?? string.Empty)
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var code in codes.Where(c => !LanguageCodes.IsKnown(c)))
        {
            problems.Add("Input.Languages", problems.Labelled("Languages", problems.Shared(ServicePointMessages.UnknownLanguage, code)));
        }

        return [.. codes.Where(LanguageCodes.IsKnown)];
    }

    private static List<string> ReadTopics(ServicePointInput input, IReadOnlyList<TopicInfo> topics, FormProblems problems)
    {
        var chosen = input.Topics.Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Any(t => !topics.Any(known => known.Id == t)))
        {
            // Only a crafted post names a topic that is not a checkbox; the summary links to the first one.
            problems.Add(topics.Count > 0 ? "Input.Topics" : string.Empty, problems.Labelled("Topics", problems.Shared("Validation.OneOf")));
        }

        return [.. chosen.Where(t => topics.Any(known => known.Id == t))];
    }

    private static DateOnly ReadCheckedOn(ServicePointInput input, FormProblems problems)
    {
        if (DateOnly.TryParseExact(input.CheckedOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add("Input.CheckedOn", problems.Labelled("CheckedOn", problems.Strings("Authoring.DateExpected")));
        return default;
    }

    private static (double?, double?) ReadCoordinates(ServicePointInput input, FormProblems problems)
    {
        var (hasLatitude, hasLongitude) = (!string.IsNullOrWhiteSpace(input.Latitude), !string.IsNullOrWhiteSpace(input.Longitude));
        if (hasLatitude != hasLongitude)
        {
            problems.Add(hasLatitude ? "Input.Longitude" : "Input.Latitude", problems.Strings("Authoring.CoordinatesBoth"));
            return (null, null);
        }

        return hasLatitude
            ? (problems.Number(input.Latitude!, "Latitude", -90, 90), problems.Number(input.Longitude!, "Longitude", -180, 180))
            : (null, null);
    }
}
