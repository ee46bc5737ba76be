using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.ServiceDirectory.Recipes;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>
/// The service point form's problems in the user's language, each under its field's name in the model state, prefixed
/// with the field's label ("Phone: invalid phone number ..."), so the summary reads well out of context.
/// </summary>
internal sealed class FormProblems(ModelStateDictionary modelState, IStringLocalizer<ServiceDirectoryStrings> strings, IStringLocalizer<SharedStrings> shared)
{
    public void Add(string key, string message) => modelState.AddModelError(key, message);

    public string Strings(string key, params object[] arguments) => strings[key, arguments];

    public string Shared(string key, params object[] arguments) => shared[key, arguments];

    /// <summary>A field's label, from <c>Authoring.Field.{field}</c>.</summary>
    public string Label(string field) => strings[$"Authoring.Field.{field}"];

    public string Labelled(string field, string message) => strings["Authoring.Problem", Label(field), message];

    public string LabelledAs(string label, string message) => strings["Authoring.Problem", label, message];

    /// <summary>A text per language (<c>Input.{field}[fi]</c>): trimmed, Unix line ends, within the length; required in Finnish or in one language at least.</summary>
    public LocalizedText Text(Dictionary<string, string?> values, string field, int maxLength, bool required = false, bool finnishRequired = false) =>
        Text(values, $"Input.{field}", Label(field), maxLength, required, finnishRequired);

    public LocalizedText Text(Dictionary<string, string?> values, string keyPrefix, string label, int maxLength, bool required = false, bool finnishRequired = false)
    {
        var text = values.Where(v => SiteCultures.IsSupported(v.Key) && !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => v.Value!.Trim().Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (var (culture, value) in text.Where(t => t.Value.Length > maxLength))
        {
            Add($"{keyPrefix}[{culture}]", LabelledAs(InLanguage(label, culture), Shared(RecipeMessages.TooLong, maxLength)));
        }

        if (finnishRequired && !text.ContainsKey(SiteCultures.Default))
        {
            Add($"{keyPrefix}[{SiteCultures.Default}]", LabelledAs(InLanguage(label, SiteCultures.Default), Strings("Authoring.FinnishRequired")));
        }
        else if (required && text.Count == 0)
        {
            Add($"{keyPrefix}[{SiteCultures.Default}]", LabelledAs(label, Strings("Authoring.TextRequired")));
        }

        return new LocalizedText(text.Where(t => t.Value.Length <= maxLength).ToDictionary(t => t.Key, t => t.Value));
    }

    /// <summary>An optional one-line value that must take a form (phone, web address, postal code); null when empty or wrong.</summary>
    public string? Checked(string? value, string field, int maxLength, Func<string, bool> isValid, string messageKey)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            Add($"Input.{field}", Labelled(field, Shared(RecipeMessages.TooLong, maxLength)));
            return null;
        }

        if (!isValid(text))
        {
            Add($"Input.{field}", Labelled(field, Shared(messageKey, text)));
            return null;
        }

        return text;
    }

    /// <summary>A decimal number, with a point or a Finnish comma, between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public double? Number(string text, string field, double min, double max)
    {
        var key = $"Input.{field}";
        if (!double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            Add(key, Labelled(field, Shared(ServicePointMessages.ExpectedNumber)));
            return null;
        }

        if (number < min || number > max)
        {
            Add(key, Labelled(field, Shared(RecipeMessages.OutOfRange, number, min, max)));
            return null;
        }

        return number;
    }

    /// <summary>
    /// A time as the time inputs send it ("09:00"; typed by hand also "9.00"), read as the recipe reads one; null when
    /// empty or wrong (then with a problem). A closing time of 00:00 is midnight at the end of the day.
    /// </summary>
    public int? Time(string? value, string key, string label, bool closing)
    {
        var text = value?.Trim().Replace('.', ':');
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var normalized = text.Length == 4 && text[1] == ':' ? "0" + text : text.Length == 8 && text.EndsWith(":00", StringComparison.Ordinal) ? text[..5] : text;
        if (OpeningHoursReader.ParseTime(normalized, allowMidnightEnd: closing) is not { } minutes)
        {
            Add(key, LabelledAs(label, Shared(ServicePointMessages.InvalidTime, value!.Trim())));
            return null;
        }

        return closing && minutes == 0 ? Hours.HoursRange.MinutesPerDay : minutes;
    }

    private string InLanguage(string label, string culture) => Strings("Authoring.FieldIn", label, Shared($"Language.{culture}"));
}
